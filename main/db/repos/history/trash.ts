import type { Db } from '../../connection'
import { AppError } from '../../../errors'
import { sql } from '../common'
import { t } from '../../../../shared/i18n/translate'
import { TRASH_DAYS, type TrashItem, type TrashKind } from '../../../../shared/domain/history'
import { refreshDecisionNumbers } from '../registers/decision-numbers'

interface TrashRow {
  id: number
  kind: TrashKind
  table_name: string
  row_id: number
  label: string
  save_id: string
  history_from: number
  deleted_at: string
  actor: string
}

interface DeletedRow {
  id: number
  table_name: string
  row_id: number
  op: 'delete' | 'update'
  ref: string
  before: string
  after: string | null
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`
const path = (column: string): string => `$.${quote(column)}`

const toItem = (row: TrashRow): TrashItem => ({
  id: row.id,
  kind: row.kind,
  label: row.label,
  deletedAt: row.deleted_at,
  actor: row.actor,
})

/** What the « Corbeille » holds, most recently deleted first. */
export function listTrash(db: Db): TrashItem[] {
  return (sql(db, 'SELECT * FROM trash ORDER BY deleted_at DESC, id DESC').all() as TrashRow[]).map(toItem)
}

/** Forgets the items deleted more than 30 days before `now`; returns how many. */
export function purgeTrash(db: Db, now: Date): number {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * 24 * 3600 * 1000).toISOString()
  return sql(db, 'DELETE FROM trash WHERE deleted_at < ?').run(cutoff).changes
}

function columnsOf(db: Db, table: string): { name: string; pk: number; type: string }[] {
  return db.prepare('SELECT name, pk, type FROM pragma_table_info(?)').all(table) as {
    name: string
    pk: number
    type: string
  }[]
}

function parentsOf(db: Db, table: string): { table: string; from: string }[] {
  return db.prepare('SELECT "table", "from" FROM pragma_foreign_key_list(?)').all(table) as {
    table: string
    from: string
  }[]
}

/** The tables in the order their rows can be put back: a row's parents first. */
function parentFirst(db: Db, tables: string[]): string[] {
  const pending = new Set(tables)
  const ordered: string[] = []
  while (pending.size > 0) {
    const ready = [...pending].filter((table) =>
      parentsOf(db, table).every((fk) => fk.table === table || !pending.has(fk.table)),
    )
    // A cycle between tables (none today) falls back to the order of deletion.
    const next = ready.length > 0 ? ready : [...pending]
    for (const table of next) {
      ordered.push(table)
      pending.delete(table)
    }
  }
  return ordered
}

function refusal(error: unknown, label: string, row: DeletedRow): AppError {
  const code = (error as { code?: string }).code ?? ''
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const key = `history.entity.${row.table_name}`
    const detail = t(key, { ref: row.ref, defaultValue: t('history.entity.other', { table: row.table_name }) })
    return new AppError('CONFLICT', t('history.trash.duplicate', { label, detail }))
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_NOTNULL') {
    return new AppError('CONFLICT', t('history.trash.missingParent', { label }))
  }
  throw error
}

/**
 * Puts a deleted item back with everything its deletion took along (a meeting's attendance,
 * agenda, texts, decisions, next steps…) and undoes what it emptied elsewhere (a progress report
 * that lost its meeting). An id taken meanwhile gets a new one, and its children follow. All or
 * nothing: a same-name item that now exists, or a parent that is gone, refuses it in French.
 */
export function restoreTrash(db: Db, trashId: number): TrashItem {
  return db.transaction(() => {
    const item = sql(db, 'SELECT * FROM trash WHERE id = ?').get(trashId) as TrashRow | undefined
    if (!item) throw new AppError('NOT_FOUND', t('history.trash.notFound'))
    const rows = sql(
      db,
      `SELECT id, table_name, row_id, op, ref, before, after FROM history
        WHERE save_id = ? AND id >= ? AND op IN ('delete', 'update') AND before IS NOT NULL
          AND id <= (SELECT min(id) FROM history WHERE save_id = ? AND id >= ? AND table_name = ? AND row_id = ? AND op = 'delete')
        ORDER BY id`,
    ).all(
      item.save_id,
      item.history_from,
      item.save_id,
      item.history_from,
      item.table_name,
      item.row_id,
    ) as DeletedRow[]
    const deleted = rows.filter((row) => row.op === 'delete')
    const newIds = new Map<string, Map<number, number>>()
    for (const table of parentFirst(db, [...new Set(deleted.map((row) => row.table_name))])) {
      const columns = columnsOf(db, table)
      const idColumn = columns.find(
        (c) => c.pk === 1 && c.type.toUpperCase() === 'INTEGER' && !columns.some((o) => o.pk > 1),
      )
      const remapped = parentsOf(db, table).filter((fk) => fk.table !== table)
      for (const row of deleted.filter((r) => r.table_name === table)) {
        const before = JSON.parse(row.before) as Record<string, unknown>
        for (const fk of remapped) {
          const value = before[fk.from]
          const mapped = typeof value === 'number' ? newIds.get(fk.table)?.get(value) : undefined
          if (mapped !== undefined) before[fk.from] = mapped
        }
        const oldId = idColumn ? before[idColumn.name] : undefined
        const taken =
          idColumn &&
          typeof oldId === 'number' &&
          sql(db, `SELECT 1 FROM ${quote(table)} WHERE rowid = ?`).get(oldId) !== undefined
        const names = columns.map((c) => c.name).filter((name) => name in before && !(taken && name === idColumn?.name))
        try {
          const result = db
            .prepare(
              `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) SELECT ${names.map((n) => `json_extract(@row, '${path(n)}')`).join(', ')}`,
            )
            .run({ row: JSON.stringify(before) })
          if (taken && typeof oldId === 'number') {
            if (!newIds.has(table)) newIds.set(table, new Map())
            newIds.get(table)?.set(oldId, Number(result.lastInsertRowid))
          }
        } catch (error) {
          throw refusal(error, item.label, row)
        }
      }
    }
    // Links the deletion emptied (ON DELETE SET NULL) point again at what came back.
    for (const row of rows.filter((r) => r.op === 'update').reverse()) {
      const before = JSON.parse(row.before) as Record<string, unknown>
      const after = JSON.parse(row.after ?? '{}') as Record<string, unknown>
      const known = new Set(columnsOf(db, row.table_name).map((c) => c.name))
      for (const fk of parentsOf(db, row.table_name)) {
        const value = before[fk.from]
        if (!known.has(fk.from) || typeof value !== 'number' || after[fk.from] !== null) continue
        const target = newIds.get(fk.table)?.get(value) ?? value
        db.prepare(
          `UPDATE ${quote(row.table_name)} SET ${quote(fk.from)} = ? WHERE rowid = ? AND ${quote(fk.from)} IS NULL`,
        ).run(target, row.row_id)
      }
    }
    sql(db, 'DELETE FROM trash WHERE id = ?').run(item.id)
    // A decision (or a meeting with decisions) back in the register takes its number again.
    if (deleted.some((row) => row.table_name === 'decisions')) refreshDecisionNumbers(db)
    return toItem(item)
  })()
}
