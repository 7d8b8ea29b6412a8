import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { getMeeting } from '../../../main/db/repos/meetings/get'
import { tempDir } from '../../helpers/temp'

describe('migration 0015 — the language of a meeting’s relevé', () => {
  it('writes every existing relevé in French, keeps the lock of adopted ones and guards the language with it', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v14 = new Database(file)
    migrate(v14, MIGRATIONS.slice(0, 14))
    const committeeId = v14.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid
    const meeting = v14.prepare("INSERT INTO meetings (committee_id, title, first_date) VALUES (?, ?, '2020-07-15')")
    const locked = meeting.run(committeeId, 'Adoptée').lastInsertRowid
    const draft = meeting.run(committeeId, 'Brouillon').lastInsertRowid
    v14.prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'Décision adoptée')").run(locked)
    v14
      .prepare("INSERT INTO releve_versions (meeting_id, version, adopted_on, canonical, fingerprint) VALUES (?, 1, '2020-10-02', '{}', ?)")
      .run(locked, 'a'.repeat(64))
    v14.prepare('UPDATE meetings SET locked = 1 WHERE id = ?').run(locked)
    v14.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT id, title, language, locked FROM meetings ORDER BY id').all()).toEqual([
      { id: Number(locked), title: 'Adoptée', language: 'fr', locked: 1 },
      { id: Number(draft), title: 'Brouillon', language: 'fr', locked: 0 },
    ])
    expect(getMeeting(db, Number(draft))?.language).toBe('fr')
    expect(db.prepare('SELECT text FROM decisions WHERE meeting_id = ?').pluck().get(locked)).toBe('Décision adoptée')
    // The draft takes Arabic; the adopted one refuses it, and still refuses its other content.
    db.prepare("UPDATE meetings SET language = 'ar' WHERE id = ?").run(draft)
    expect(getMeeting(db, Number(draft))?.language).toBe('ar')
    expect(() => db.prepare("UPDATE meetings SET language = 'ar' WHERE id = ?").run(locked)).toThrow(/COPIL_RELEVE_LOCKED/u)
    expect(() => db.prepare("UPDATE meetings SET title = 'Autre' WHERE id = ?").run(locked)).toThrow(/COPIL_RELEVE_LOCKED/u)
    // Its follow-up columns stay writable.
    db.prepare("UPDATE meetings SET updated_at = '2021-01-01T00:00:00.000Z' WHERE id = ?").run(locked)
    expect(() => db.prepare("UPDATE meetings SET language = 'en' WHERE id = ?").run(draft)).toThrow(/CHECK/u)
    db.close()
  })
})
