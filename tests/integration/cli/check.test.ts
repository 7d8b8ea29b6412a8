import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openDatabase } from '../../../main/db/connection'
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'
import { copil } from '../../helpers/cli'

/** A database written by a newer Copil: its schema version is one past ours. */
function newerSchemaFile(dir: string): string {
  const file = join(dir, 'future.sqlite')
  const db = new Database(file)
  db.exec('CREATE TABLE x (a TEXT) STRICT')
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
  db.close()
  return file
}

/** A file that is not a database. */
function notADatabase(dir: string): string {
  const file = join(dir, 'faux.sqlite')
  writeFileSync(file, 'pas une base')
  return file
}

/** `copil check` exits 1 on `file` with `message` in French, and leaves it byte-identical. */
function expectRefused(file: string, message: RegExp): void {
  const before = readFileSync(file)
  const run = copil('check', '--db', file)
  expect(run.code).toBe(1)
  expect(run.stderr).toMatch(message)
  expect(readFileSync(file).equals(before)).toBe(true)
}

describe('copil check', () => {
  it('prints the help in French', () => {
    const run = copil('--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Utilisation : copil <commande>/)
    expect(run.stdout).toMatch(/check --db FICHIER/)
  })

  // `copil check` runs from a bundle of its own (dist/main/cli-check.cjs): same help, same French errors.
  it('copil check --help prints the help, and a bad option is refused in French', () => {
    const help = copil('check', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Utilisation : copil <commande>/)
    const bad = copil('check', '--vite', '--db', 'x.sqlite')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/Option invalide/)
    const missing = copil('check')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/--db/)
  })

  it('exits 0 on a sound database and prints its schema version', () => {
    const file = join(tempDir(), 'copil.sqlite')
    openDatabase(file).close()
    const run = copil('check', '--db', file)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`Version du schéma : ${LATEST_SCHEMA_VERSION} (à jour)`)
  })

  it('exits 1 on a database from a newer schema, in French, leaving it byte-identical', () => {
    expectRefused(newerSchemaFile(tempDir()), /version plus récente de Copil/)
  })

  it('exits 1 on a file that is not a database, and on a missing file', () => {
    const dir = tempDir()
    expectRefused(notADatabase(dir), /pas une base de données Copil/)
    const missing = copil('check', '--db', join(dir, 'absent.sqlite'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/introuvable/)
  })

  // The tables are shared with a worker when a core is free: both ways find the same damage.
  describe.each(['1', '2'])('with COPIL_CHECK_THREADS=%s', (threads) => {
    beforeEach(() => {
      process.env.COPIL_CHECK_THREADS = threads
    })
    afterEach(() => {
      delete process.env.COPIL_CHECK_THREADS
    })

    it('exits 0 on a sound demo database', () => {
      const file = join(tempDir(), 'demo.sqlite')
      expect(copil('demo', '--db', file).code).toBe(0)
      const run = copil('check', '--db', file)
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toMatch(/Base saine/)
    })

    // With two threads the worker starts before the file is read: a check that ends early stops it.
    it('exits 1 on a newer schema and on a file that is not a database, the file unchanged', () => {
      const dir = tempDir()
      expectRefused(newerSchemaFile(dir), /version plus récente de Copil/)
      expectRefused(notADatabase(dir), /pas une base de données Copil/)
    })

    it('exits 1 on a damaged database', () => {
      const file = join(tempDir(), 'abime.sqlite')
      const db = new Database(file)
      db.pragma('journal_mode = DELETE')
      db.exec('CREATE TABLE t (a TEXT) STRICT')
      const insert = db.prepare('INSERT INTO t VALUES (?)')
      // One transaction: 2,000 autocommits would sync the disk 6,000 times.
      db.transaction(() => {
        for (let i = 0; i < 2000; i += 1) insert.run(`ligne ${i} `.repeat(20))
      })()
      db.close()
      const bytes = readFileSync(file)
      // Scribble over the middle pages but keep the header, as a half-written disk would.
      for (let i = 8192; i < bytes.length - 4096; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0x5a
      writeFileSync(file, bytes)
      const run = copil('check', '--db', file)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/Base endommagée|Impossible d’ouvrir/)
    })

    it('says what it verified, and --full adds the search index against the texts', () => {
      const file = join(tempDir(), 'copil.sqlite')
      openDatabase(file).close()
      const run = copil('check', '--db', file)
      expect(run.code, run.stderr).toBe(0)
      expect(run.stdout).toMatch(/Vérifié : .*chaque page des tables et des index, le compte des pages/)
      expect(run.stdout).toMatch(/copil check --full/)
      const full = copil('check', '--full', '--db', file)
      expect(full.code, full.stderr).toBe(0)
      expect(full.stdout).toMatch(/Vérifié : .*l’index de recherche contre les textes/)
    })

    it('exits 1 on an index that disagrees with its table', () => {
      const file = join(tempDir(), 'index.sqlite')
      const db = new Database(file)
      db.pragma('journal_mode = DELETE')
      db.exec('CREATE TABLE t (a TEXT, b TEXT) STRICT; CREATE INDEX t_by_a ON t (a)')
      const insert = db.prepare('INSERT INTO t VALUES (?, ?)')
      for (let i = 0; i < 50; i += 1) insert.run(`a${i}`, `b${i}`)
      const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 't_by_a'").pluck().get() as number
      const pageSize = db.pragma('page_size', { simple: true }) as number
      db.close()
      // The index's last entry, « a9 », becomes « z9 »: still in order, a sound page, a wrong entry.
      const bytes = readFileSync(file)
      const page = bytes.subarray((root - 1) * pageSize, root * pageSize)
      const at = page.indexOf('a9')
      expect(at).toBeGreaterThan(0)
      page[at] = 'z'.charCodeAt(0)
      writeFileSync(file, bytes)
      const run = copil('check', '--db', file)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/Base endommagée/)
      expect(run.stderr).toMatch(/t_by_a/)
    })

    it('exits 1 on pages that are neither in a table nor free', () => {
      const file = join(tempDir(), 'pages.sqlite')
      const db = new Database(file)
      db.pragma('journal_mode = DELETE')
      db.exec('CREATE TABLE t (a TEXT) STRICT')
      const insert = db.prepare('INSERT INTO t VALUES (?)')
      db.transaction(() => {
        for (let i = 0; i < 200; i += 1) insert.run(`ligne ${i} `.repeat(40))
      })()
      db.exec('DELETE FROM t WHERE rowid > 20')
      expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(0)
      db.close()
      // The header forgets its free list: those pages now belong to nothing.
      const bytes = readFileSync(file)
      bytes.writeUInt32BE(0, 32)
      bytes.writeUInt32BE(0, 36)
      writeFileSync(file, bytes)
      const run = copil('check', '--db', file)
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/Base endommagée/)
      expect(run.stderr).toMatch(/pages, mais \d+ sont dans les tables et les index et 0 sont libres/)
    })
  })

  it('exits 1 on a row that points at a meeting that does not exist, and says how many', () => {
    const file = join(tempDir(), 'references.sqlite')
    expect(copil('demo', '--db', file).code).toBe(0)
    // The app's own connection (its triggers call its functions), with the reference checks off.
    const db = openDatabase(file)
    db.pragma('foreign_keys = OFF')
    db.prepare('UPDATE agenda_items SET meeting_id = 999999 WHERE id = (SELECT min(id) FROM agenda_items)').run()
    db.close()
    const run = copil('check', '--db', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Base endommagée/)
    expect(run.stderr).toContain('Références cassées entre tables : 1')
  })

  it('--full exits 1 on a search index that disagrees with the texts', () => {
    const file = join(tempDir(), 'recherche.sqlite')
    expect(copil('demo', '--db', file).code).toBe(0)
    const db = new Database(file)
    db.pragma('journal_mode = DELETE')
    const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'search_index_content' ORDER BY pageno").pluck().all() as number[]
    const pageSize = db.pragma('page_size', { simple: true }) as number
    db.close()
    // One letter of a folded text changed on the disk: the index no longer matches what it indexes.
    const bytes = readFileSync(file)
    const changed = pages.some((n) => {
      const page = bytes.subarray((n - 1) * pageSize, n * pageSize)
      const at = page.indexOf('comite')
      if (at < 0) return false
      page[at] = 'x'.charCodeAt(0)
      return true
    })
    expect(changed).toBe(true)
    writeFileSync(file, bytes)
    const run = copil('check', '--full', '--db', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Base endommagée/)
  })

  it('refuses an unknown command with a hint', () => {
    const run = copil('envoler')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Commande inconnue : « envoler »/)
  })
})
