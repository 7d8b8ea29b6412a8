import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'

describe('database and migrations', () => {
  it('creates a fresh database at the latest schema with the required pragmas', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const db = openDatabase(file)
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL: the WAL is synced at every commit
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
      const tables = db.prepare("SELECT s.name, s.sql FROM sqlite_schema s JOIN pragma_table_list l ON l.name = s.name AND l.schema = 'main' WHERE l.type = 'table' AND s.name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[]
      expect(tables.length).toBeGreaterThan(0)
      for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/)
    } finally {
      db.close()
    }
  })

  it('migrates each version from the previous one, keeping the data', () => {
    const file = join(tempDir(), 'copil.sqlite')
    for (let version = 1; version <= LATEST_SCHEMA_VERSION; version += 1) {
      const db = new Database(file)
      migrate(db, MIGRATIONS.slice(0, version))
      db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(`k${version}`, `valeur « ${version} »`)
      db.close()
    }
    const db = openDatabase(file)
    const values = db.prepare('SELECT value FROM settings ORDER BY key').pluck().all()
    db.close()
    expect(values).toHaveLength(LATEST_SCHEMA_VERSION)
    expect(values[0]).toBe('valeur « 1 »')
  })

  it('runs each migration in a transaction: a failing one leaves the previous version intact', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const db = new Database(file)
    migrate(db, MIGRATIONS.slice(0, 1))
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE t (a INTEGER) STRICT; INSERT INTO nope VALUES (1);' }]
    expect(() => migrate(db, broken)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 't'").pluck().get()).toBe(0)
    db.close()
  })

  it('refuses a database written by a newer version and leaves it byte-identical', () => {
    const file = join(tempDir(), 'future.sqlite')
    const future = new Database(file)
    future.pragma('journal_mode = DELETE')
    future.exec('CREATE TABLE from_the_future (x TEXT) STRICT')
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    future.close()
    const before = readFileSync(file)
    expect(() => openDatabase(file)).toThrow(/version plus récente de Copil/)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('refuses a file that is not a SQLite database and leaves it byte-identical', () => {
    const file = join(tempDir(), 'notes.sqlite')
    writeFileSync(file, 'Ceci est un compte rendu, pas une base de données.\n'.repeat(100))
    const before = readFileSync(file)
    expect(() => openDatabase(file)).toThrow(/n’est pas une base de données Copil/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })
})
