import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { setActor } from '../../../main/services/history/history'
import { tempDir } from '../../helpers/temp'

describe('migration 0012 — history of changes and the « Corbeille »', () => {
  it('keeps a populated database as it was, starts an empty history, then records every change', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v11 = new Database(file)
    migrate(v11, MIGRATIONS.slice(0, 11))
    const committee = v11
      .prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')")
      .run().lastInsertRowid
    const meeting = v11
      .prepare("INSERT INTO meetings (committee_id, title, first_date) VALUES (?, 'Réunion', '2020-07-15')")
      .run(committee).lastInsertRowid
    v11.prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'Adopter')").run(meeting)
    v11.prepare("INSERT INTO settings (key, value) VALUES ('letterhead', '[\"Royaume du Maroc\"]')").run()
    v11.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT text FROM decisions').pluck().all()).toEqual(['Adopter'])
    expect(db.prepare('SELECT count(*) FROM history').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM trash').pluck().get()).toBe(0)
    setActor(db, 'Fatima Zahra')
    db.prepare("UPDATE decisions SET text = 'Adopter le plan'").run()
    expect(db.prepare('SELECT actor, fields, before, after FROM history').all()).toEqual([
      { actor: 'Fatima Zahra', fields: 'text', before: '{"text":"Adopter"}', after: '{"text":"Adopter le plan"}' },
    ])
    db.close()
  })

  it('recreates the history triggers at opening when a table gained a column, and writes nothing when they match', () => {
    const file = join(tempDir(), 'copil.sqlite')
    openDatabase(file).close()
    const raw = new Database(file)
    const triggers = () =>
      raw
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history%' ORDER BY name")
        .all()
    const first = triggers()
    expect(first.length).toBeGreaterThan(30)
    raw.exec("ALTER TABLE decisions ADD COLUMN status TEXT NOT NULL DEFAULT 'a_mettre_en_oeuvre'")
    raw.close()
    const db = openDatabase(file)
    const committee = db.prepare("INSERT INTO committees (name, name_key) VALUES ('C', 'c')").run().lastInsertRowid
    const meeting = db
      .prepare("INSERT INTO meetings (committee_id, title) VALUES (?, 'R')")
      .run(committee).lastInsertRowid
    db.prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'D')").run(meeting)
    db.prepare("UPDATE decisions SET status = 'en_cours'").run()
    expect(
      db.prepare("SELECT fields FROM history WHERE table_name = 'decisions' AND op = 'update'").pluck().get(),
    ).toBe('status')
    db.close()
    const again = openDatabase(file)
    expect(again.prepare('SELECT total_changes()').pluck().get()).toBe(0)
    again.close()
  })
})
