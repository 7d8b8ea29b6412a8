/**
 * Whether a database holds anything yet, and how to empty it, read from the schema itself so that
 * both stay right as migrations add tables.
 */
import type { Db } from '../db/connection'
import { withoutHistory } from '../db/history/session'

// Preferences of the installation (header line, logo…), not content: they neither make a database
// « not empty » nor go away when the content is replaced by the example.
const PREFERENCE_TABLES: ReadonlySet<string> = new Set(['settings'])
// The history of changes and the « Corbeille » describe content: they do not make a database
// « not empty », and go with the content it replaces.
const JOURNAL_TABLES: ReadonlySet<string> = new Set(['history', 'trash'])

// Virtual tables (the search index) and their shadow tables are derived from the content and kept
// in step by triggers: they are neither content nor ever written directly (that would corrupt them).
function contentTables(db: Db): string[] {
  const names = db
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  return names.filter((name) => !PREFERENCE_TABLES.has(name))
}

// Table names below come from sqlite_schema, never from input; quoting keeps odd names harmless.
const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** True when no table but the installation's preferences holds a row: the example may be loaded. */
export function isDatabaseEmpty(db: Db): boolean {
  return contentTables(db)
    .filter((table) => !JOURNAL_TABLES.has(table))
    .every((table) => db.prepare(`SELECT 1 FROM ${quoted(table)} LIMIT 1`).get() === undefined)
}

/**
 * Content tables ordered so that every table comes before the tables it references: deleting in
 * this order never trips an ON DELETE RESTRICT (which, unlike other actions, is never deferred).
 */
export function deletionOrder(db: Db): string[] {
  const tables = contentTables(db)
  const references = new Map<string, string[]>()
  for (const table of tables) {
    const parents = (db.pragma(`foreign_key_list(${quoted(table)})`) as { table: string }[])
      .map((fk) => fk.table)
      .filter((parent) => parent !== table && tables.includes(parent))
    references.set(table, parents)
  }
  // A table may go once nothing left still references it.
  const order: string[] = []
  const remaining = new Set(tables)
  while (remaining.size > 0) {
    const next = [...remaining].find((candidate) =>
      [...remaining].every((other) => other === candidate || !(references.get(other) ?? []).includes(candidate)),
    )
    // A reference cycle (none today): take the rest as they come, foreign keys are deferred anyway.
    const table = next ?? [...remaining][0]
    if (table === undefined) break
    order.push(table)
    remaining.delete(table)
  }
  return order
}

/** Deletes every row of every content table, in one transaction, children before parents. */
export function clearDatabaseContent(db: Db): void {
  const order = deletionOrder(db)
  withoutHistory(db, () =>
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON')
      for (const table of order) db.prepare(`DELETE FROM ${quoted(table)}`).run()
    })(),
  )
}
