/**
 * The bench's cached database is the database the generator writes through the app's triggers:
 * generated with the search triggers set aside and the index filled at the end, it has the same
 * search index, its triggers back, and WAL like any Copil file.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { generateTenYears, SMALL } from '../../../main/bench/generate'

const dir = mkdtempSync(join(tmpdir(), 'copil-benchdb-'))
process.env.COPIL_BENCH_CACHE = join(dir, 'cache')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const index = (path: string) => {
  const db = openDatabase(path)
  try {
    return {
      rows: db.prepare('SELECT rowid, plain FROM search_index ORDER BY rowid').all(),
      triggers: db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all(),
      journal: db.pragma('journal_mode', { simple: true }),
    }
  } finally {
    db.close()
  }
}

describe('the bench database cache', () => {
  it('has the search index and the triggers of a database written the usual way', async () => {
    const { benchDatabase } = await import('../../../main/bench/database')
    const cached = join(dir, 'cached.sqlite')
    const facts = benchDatabase(cached, SMALL)
    expect(facts.generatedMs).not.toBeNull()
    const usual = join(dir, 'usual.sqlite')
    const db = openDatabase(usual)
    generateTenYears(db, 42, SMALL)
    db.close()
    const a = index(cached)
    const b = index(usual)
    expect(a.rows.length).toBeGreaterThan(0)
    expect(a.rows).toEqual(b.rows)
    expect(a.triggers).toEqual(b.triggers)
    expect(a.journal).toBe('wal')
    // A second call copies the cached file instead of generating it again.
    expect(benchDatabase(join(dir, 'again.sqlite'), SMALL).generatedMs).toBeNull()
  })
})
