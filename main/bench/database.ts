/**
 * The bench's databases, generated once and kept in a cache folder (the 12,000-meeting one takes
 * a minute to write): keyed by the schema version, the migrations and the generator's own code, so
 * that any change to either generates anew. Each run works on a copy.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase, type Db } from '../db/connection'
import { FILL_SEARCH_INDEX } from '../db/migrations/0013-search-index'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations'
import { generateTenYears, stepStatus, type BenchSize, type Generated } from './generate'
import { discussionBlocks, Writer } from './writer'
import { progress } from './stats'

const CACHE = process.env.COPIL_BENCH_CACHE ?? join(tmpdir(), 'copil-bench-cache')

/** A file of the bench's cache folder (the databases, the quick bench's calibrations). */
export function cacheFile(name: string): string {
  mkdirSync(CACHE, { recursive: true })
  return join(CACHE, name)
}

function cacheKey(size: BenchSize): string {
  const hash = createHash('sha256')
  hash.update(String(LATEST_SCHEMA_VERSION))
  hash.update(JSON.stringify(MIGRATIONS))
  hash.update(generateTenYears.toString() + generateQuickly.toString() + stepStatus.toString() + discussionBlocks.toString() + Writer.toString())
  hash.update(JSON.stringify(size))
  return `${size.meetings}-${hash.digest('hex').slice(0, 16)}`
}

/**
 * Generates into a scratch file the fastest way that gives the same database: no rollback journal
 * and no syncing (a failed generation is thrown away), the search index's triggers set aside and the
 * index filled once at the end, as migration 13 fills it, then the triggers put back.
 */
function generateQuickly(db: Db, size: BenchSize): Generated {
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'").all() as { name: string; sql: string }[]
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`)
  const generated = generateTenYears(db, 42, size)
  db.transaction(() => {
    db.exec('DELETE FROM search_index')
    db.exec(FILL_SEARCH_INDEX)
    for (const t of triggers) db.exec(t.sql)
  })()
  db.pragma('journal_mode = WAL')
  return generated
}

/** A fresh copy of the database of `size` at `path`, generated unless a cached one is current. */
export function benchDatabase(path: string, size: BenchSize): Generated & { generatedMs: number | null } {
  const key = cacheKey(size)
  const file = join(CACHE, `${key}.sqlite`)
  const facts = join(CACHE, `${key}.json`)
  let generatedMs: number | null = null
  if (!existsSync(file) || !existsSync(facts) || process.env.COPIL_BENCH_FRESH) {
    mkdirSync(CACHE, { recursive: true })
    const partial = join(CACHE, `${key}.${process.pid}.partial`)
    rmSync(partial, { force: true })
    const start = performance.now()
    const db = openDatabase(partial)
    const generated = generateQuickly(db, size)
    db.close()
    generatedMs = performance.now() - start
    renameSync(partial, file)
    writeFileSync(facts, JSON.stringify(generated))
    progress(`base de ${size.meetings} réunions générée en ${(generatedMs / 1000).toFixed(1)} s`)
  }
  copyFileSync(file, path)
  return { ...(JSON.parse(readFileSync(facts, 'utf8')) as Generated), generatedMs }
}
