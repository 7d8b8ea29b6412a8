import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { getSettings } from '../../../main/services/settings'
import { tempDir } from '../../helpers/temp'

/** A database of version 6 with the single « Ligne d'en-tête » of that version, and a logo. */
function version6(headerLine: string | undefined): string {
  const file = join(tempDir(), 'copil.sqlite')
  const v6 = new Database(file)
  migrate(v6, MIGRATIONS.slice(0, 6))
  v6.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run()
  const insert = v6.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
  if (headerLine !== undefined) insert.run('headerLine', headerLine)
  insert.run('logo', 'iVBORw0KGgo=')
  insert.run('welcome.startedEmpty', '1')
  v6.close()
  return file
}

describe('migration 0007 — a letterhead of up to three lines', () => {
  it('makes the single header line line 1 of the letterhead, character for character', () => {
    const line = '  Royaume du Maroc — Ministère de l’Économie, des Finances et de la Réforme de l’Administration « DRA » ; n° 5  '
    const db = openDatabase(version6(line))
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(getSettings(db).letterhead).toEqual([line])
    expect(db.prepare("SELECT count(*) FROM settings WHERE key = 'headerLine'").pluck().get()).toBe(0)
    // The other settings are left as they were.
    expect(db.prepare("SELECT key, value FROM settings WHERE key <> 'letterhead' ORDER BY key").all()).toEqual([
      { key: 'logo', value: 'iVBORw0KGgo=' },
      { key: 'welcome.startedEmpty', value: '1' },
    ])
    db.close()
  })

  it('leaves no letterhead when the header line was empty or never set', () => {
    for (const before of ['', '   ', undefined]) {
      const db = openDatabase(version6(before))
      expect(getSettings(db).letterhead).toEqual([])
      expect(db.prepare("SELECT count(*) FROM settings WHERE key IN ('headerLine', 'letterhead')").pluck().get()).toBe(0)
      db.close()
    }
  })
})
