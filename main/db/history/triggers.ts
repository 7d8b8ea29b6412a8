import type { Db } from '../connection'
import { HISTORY_TABLES, isQuietColumn, type HistoryTable } from './tables'

/**
 * Generates the history triggers from HISTORY_TABLES and the columns each table has now, and
 * brings the database's triggers in line at every open (nothing is written when they already
 * match). Triggers rather than a repository hook: SQLite runs them for every write, whichever
 * repository, migration-era helper, CLI command or foreign-key cascade made it, and in the same
 * transaction, so a change cannot be saved without its history, nor the reverse.
 */

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
const EMPTY_DOC = '{"type":"doc","content":[]}'
/** Consecutive edits of the same fields of the same row by the same person within this window make one entry. */
const COALESCE_WINDOW = "'-300 seconds'"
const PREFIX = 'history_'

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`
const bind = (expression: string | undefined, row: 'OLD' | 'NEW'): string =>
  expression ? expression.replace(/\$\./g, `${row}.`) : 'NULL'

interface ForeignKey {
  table: string
  from: string
  to: string | null
  on_delete: string
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name)
}

function foreignKeys(db: Db, table: string): ForeignKey[] {
  return db
    .prepare('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)')
    .all(table) as ForeignKey[]
}

function tableNames(db: Db): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('history', 'trash')",
    )
    .pluck()
    .all() as string[]
}

/** Tables that lose rows when a recorded row is deleted (ON DELETE CASCADE, followed down), with their cascading keys. */
export function cascadeTables(db: Db, recorded: ReadonlySet<string>): Map<string, ForeignKey[]> {
  const found = new Map<string, ForeignKey[]>()
  const all = tableNames(db).filter((name) => !recorded.has(name))
  for (let grew = true; grew;) {
    grew = false
    for (const name of all) {
      if (found.has(name)) continue
      const cascading = foreignKeys(db, name).filter(
        (fk) => fk.on_delete.toUpperCase() === 'CASCADE' && (recorded.has(fk.table) || found.has(fk.table)),
      )
      if (cascading.length > 0) {
        found.set(name, cascading)
        grew = true
      }
    }
  }
  return found
}

function head(spec: HistoryTable, row: 'OLD' | 'NEW', op: string): string {
  return `${NOW}, history_actor(), history_save(), ${literal(spec.table)}, ${row}.rowid, '${op}', ${bind(spec.meeting, row)}, ${bind(spec.engagement, row)}, coalesce(${bind(spec.ref, row)}, '')`
}

const INTO =
  'INSERT INTO history (at, actor, save_id, table_name, row_id, op, meeting_id, engagement_id, ref, fields, before, after)'

function recordedTriggers(spec: HistoryTable, columns: string[]): Map<string, string> {
  const shown = columns.filter((c) => !isQuietColumn(c))
  const triggers = new Map<string, string>()
  const t = spec.table
  const on = `ON ${quote(t)}`

  const inserted = shown.map((c) => `SELECT ${literal(c)} AS k, NEW.${quote(c)} AS n`).join(' UNION ALL ')
  triggers.set(
    `${PREFIX}${t}_insert`,
    `CREATE TRIGGER ${quote(`${PREFIX}${t}_insert`)} AFTER INSERT ${on} WHEN history_on()
BEGIN
  ${INTO}
  SELECT ${head(spec, 'NEW', 'insert')}, coalesce(group_concat(k), ''), NULL, json_group_object(k, n)
    FROM (${inserted}) WHERE n IS NOT NULL AND n <> '' AND n <> '${EMPTY_DOC}';
END`,
  )

  const changed = shown
    .map((c) => `SELECT ${literal(c)} AS k, OLD.${quote(c)} AS o, NEW.${quote(c)} AS n`)
    .join(' UNION ALL ')
  const differs = shown.map((c) => `OLD.${quote(c)} IS NOT NEW.${quote(c)}`).join(' OR ')
  const fields = `(SELECT group_concat(k) FROM (${changed}) WHERE o IS NOT n)`
  triggers.set(
    `${PREFIX}${t}_update`,
    `CREATE TRIGGER ${quote(`${PREFIX}${t}_update`)} AFTER UPDATE ${on} WHEN history_on() AND (${differs || '0'})
BEGIN
  UPDATE history SET at = ${NOW}, after = (SELECT json_group_object(k, n) FROM (${changed}) WHERE o IS NOT n)
   WHERE id = (SELECT max(id) FROM history) AND table_name = ${literal(t)} AND row_id = NEW.rowid AND op = 'update'
     AND actor = history_actor() AND fields = ${fields} AND at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ${COALESCE_WINDOW});
  ${INTO}
  SELECT ${head(spec, 'NEW', 'update')}, group_concat(k), json_group_object(k, o), json_group_object(k, n)
    FROM (${changed}) WHERE o IS NOT n AND changes() = 0 HAVING count(*) > 0;
END`,
  )

  triggers.set(`${PREFIX}${t}_delete`, deleteTrigger(spec, columns, 'history_on()'))

  if (spec.trash) {
    const when = spec.trash.when ? ` AND ${bind(spec.trash.when, 'OLD')}` : ''
    triggers.set(
      `${PREFIX}${t}_trash`,
      `CREATE TRIGGER ${quote(`${PREFIX}${t}_trash`)} BEFORE DELETE ${on} WHEN history_on()${when}
BEGIN
  INSERT INTO trash (kind, table_name, row_id, label, save_id, history_from, deleted_at, actor)
  VALUES (${literal(spec.trash.kind)}, ${literal(t)}, OLD.rowid, coalesce(${bind(spec.trash.label, 'OLD')}, ''), history_save(),
          (SELECT coalesce(max(id), 0) + 1 FROM history), ${NOW}, history_actor());
END`,
    )
  }
  return triggers
}

/** A deletion keeps every column of the row, so that « Restaurer » can put it back as it was. */
function deleteTrigger(spec: HistoryTable, columns: string[], when: string): string {
  const whole = columns.map((c) => `${literal(c)}, OLD.${quote(c)}`).join(', ')
  return `CREATE TRIGGER ${quote(`${PREFIX}${spec.table}_delete`)} AFTER DELETE ON ${quote(spec.table)} WHEN ${when}
BEGIN
  ${INTO}
  VALUES (${head(spec, 'OLD', 'delete')}, '', json_object(${whole}), NULL);
END`
}

/** Every history trigger the database should have now, by name. */
export function desiredTriggers(db: Db): Map<string, string> {
  const triggers = new Map<string, string>()
  const existing = new Set(tableNames(db))
  const specs = HISTORY_TABLES.filter((spec) => existing.has(spec.table))
  for (const spec of specs) {
    for (const [name, sql] of recordedTriggers(spec, columnsOf(db, spec.table))) triggers.set(name, sql)
  }
  // Rows taken along by a cascade: kept only when their parent is gone (a cascade), not when the
  // app rewrites them itself (the dates of a meeting are replaced at each save of its header).
  for (const [table, keys] of cascadeTables(db, new Set(specs.map((s) => s.table)))) {
    const orphan = keys
      .map(
        (fk) =>
          `NOT EXISTS (SELECT 1 FROM ${quote(fk.table)} WHERE ${fk.to ? quote(fk.to) : 'rowid'} = OLD.${quote(fk.from)})`,
      )
      .join(' OR ')
    const meeting = keys.find((fk) => fk.table === 'meetings')
    const engagement = keys.find((fk) => fk.table === 'engagements')
    const spec: HistoryTable = {
      table,
      ...(meeting ? { meeting: `$.${quote(meeting.from)}` } : {}),
      ...(engagement ? { engagement: `$.${quote(engagement.from)}` } : {}),
    }
    triggers.set(`${PREFIX}${table}_delete`, deleteTrigger(spec, columnsOf(db, table), `history_on() AND (${orphan})`))
  }
  return triggers
}

/**
 * Creates, replaces or drops history triggers so that they match the tables as they are now; a
 * no-op (reads only) when they already do. Skipped before the history tables exist.
 */
export function syncHistoryTriggers(db: Db): void {
  const hasHistory =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trash'").get() !== undefined
  if (!hasHistory) return
  const desired = desiredTriggers(db)
  const current = new Map(
    (
      db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'")
        .all() as {
        name: string
        sql: string
      }[]
    ).map((row) => [row.name, row.sql]),
  )
  const stale = [...current].filter(([name, sql]) => desired.get(name) !== sql).map(([name]) => name)
  const missing = [...desired].filter(([name, sql]) => current.get(name) !== sql)
  if (stale.length === 0 && missing.length === 0) return
  db.transaction(() => {
    for (const name of stale) db.exec(`DROP TRIGGER IF EXISTS ${quote(name)}`)
    for (const [, sql] of missing) db.exec(sql)
  })()
}
