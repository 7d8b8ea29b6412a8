import { join } from 'node:path'
import { startServices, type StartedApp } from '../../main/bootstrap'
import { tempDir } from './temp'
import { afterEach } from 'vitest'

const started: StartedApp[] = []

/** The real services on a real SQLite file in a temporary folder. */
export function startTestServices(): StartedApp & { dir: string } {
  const dir = tempDir()
  const app = startServices({ dbPath: join(dir, 'copil.sqlite'), dataDir: dir, transport: 'web' })
  started.push(app)
  return { ...app, dir }
}

afterEach(() => {
  for (const app of started.splice(0)) app.close()
})

/** Row counts of every table, to prove a refused call wrote nothing. */
export function snapshotCounts(app: StartedApp): Record<string, number> {
  const tables = app.ctx.db
    // The search index counts as one table (its rows); its shadow tables hold FTS5's own records.
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  const counts: Record<string, number> = {}
  // Table names come from sqlite_schema itself, not from user input.
  for (const table of tables) counts[table] = app.ctx.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
  return counts
}
