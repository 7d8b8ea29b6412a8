import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'

const NEW_TABLES = [
  'organisations',
  'people',
  'committees',
  'memberships',
  'meetings',
  'meeting_dates',
  'attendance',
  'agenda_items',
  'decisions',
  'next_steps',
]

describe('migration 0002: directory and meetings', () => {
  it('migrates a populated version-1 database to the latest, keeping its settings', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v1 = new Database(file)
    migrate(v1, MIGRATIONS.slice(0, 1))
    const insert = v1.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
    insert.run('entete', 'Royaume du Maroc — Ministère « de la Transition numérique »')
    insert.run('logo', 'x'.repeat(50_000))
    insert.run('arabe', 'المملكة المغربية')
    expect(v1.pragma('user_version', { simple: true })).toBe(1)
    v1.close()

    const db = openDatabase(file)
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()
      for (const table of NEW_TABLES) expect(tables).toContain(table)
      expect(db.prepare('SELECT key, value FROM settings ORDER BY key').all()).toEqual([
        { key: 'arabe', value: 'المملكة المغربية' },
        { key: 'entete', value: 'Royaume du Maroc — Ministère « de la Transition numérique »' },
        { key: 'logo', value: 'x'.repeat(50_000) },
      ])
      expect(db.pragma('foreign_key_check')).toEqual([])
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      // The new tables work: the folded-name key is unique and the fold() function is there.
      db.prepare(
        "INSERT INTO organisations (name, name_key, side) VALUES ('Espace associatif', fold('Espace associatif'), 'societe_civile')",
      ).run()
      expect(() =>
        db
          .prepare(
            "INSERT INTO organisations (name, name_key, side) VALUES ('ESPACE ASSOCIATIF', fold('ESPACE  ASSOCIATIF'), 'societe_civile')",
          )
          .run(),
      ).toThrow(/UNIQUE/)
    } finally {
      db.close()
    }
  })
})
