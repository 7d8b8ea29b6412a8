import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openDatabase } from '../../../main/db/connection'
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'
import { copil } from '../../helpers/cli'

describe('copil check', () => {
  it('prints the help in French', () => {
    const run = copil('--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Utilisation : copil <commande>/)
    expect(run.stdout).toMatch(/check --db FICHIER/)
  })

  it('exits 0 on a sound database and prints its schema version', () => {
    const file = join(tempDir(), 'copil.sqlite')
    openDatabase(file).close()
    const run = copil('check', '--db', file)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`Version du schéma : ${LATEST_SCHEMA_VERSION} (à jour)`)
  })

  it('exits 1 on a database from a newer schema, in French, leaving it byte-identical', () => {
    const file = join(tempDir(), 'future.sqlite')
    const db = new Database(file)
    db.exec('CREATE TABLE x (a TEXT) STRICT')
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    db.close()
    const before = readFileSync(file)
    const run = copil('check', '--db', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/version plus récente de Copil/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('exits 1 on a file that is not a database, and on a missing file', () => {
    const dir = tempDir()
    const file = join(dir, 'faux.sqlite')
    writeFileSync(file, 'pas une base')
    const run = copil('check', '--db', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/pas une base de données Copil/)
    const missing = copil('check', '--db', join(dir, 'absent.sqlite'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/introuvable/)
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

  it('refuses an unknown command with a hint', () => {
    const run = copil('envoler')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Commande inconnue : « envoler »/)
  })
})
