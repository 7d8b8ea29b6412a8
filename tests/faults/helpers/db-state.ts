/** What a database holds, compared before and after a call that must change nothing. */
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'

const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** Every table's name and column count, read from the schema itself. */
function tables(db: Database.Database): { name: string; columns: number }[] {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  return names.map((name) => ({ name, columns: (db.pragma(`table_info(${quoted(name)})`) as unknown[]).length }))
}

/**
 * One hash per table of all its rows, in a stable order (one SELECT per table). Names come from
 * sqlite_schema, never from input.
 */
export function contentHashes(db: Database.Database): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const { name, columns } of tables(db)) {
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ')
    const rows = db
      .prepare(`SELECT * FROM ${quoted(name)} ORDER BY ${order}`)
      .raw()
      .all()
    hashes[name] = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)
  }
  return hashes
}

/** Row count of every table. */
export function rowCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { name } of tables(db))
    counts[name] = db
      .prepare(`SELECT count(*) FROM ${quoted(name)}`)
      .pluck()
      .get() as number
  return counts
}

/** « ok », or the problems integrity_check and foreign_key_check find. */
export function integrity(db: Database.Database): string {
  const check = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
  const foreign = db.pragma('foreign_key_check') as unknown[]
  if (check.length === 1 && check[0] === 'ok' && foreign.length === 0) return 'ok'
  return JSON.stringify({ check, foreign })
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA']

/** The journal mode and `synchronous` setting of a connection, as the README's power-loss claim states them. */
export function connectionSettings(db: Database.Database): { journalMode: string; synchronous: string } {
  const level = db.pragma('synchronous', { simple: true }) as number
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: SYNCHRONOUS[level] ?? String(level),
  }
}
