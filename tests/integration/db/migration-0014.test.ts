import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'

describe('migration 0014 — the relevé’s lifecycle and its lock', () => {
  it('keeps every meeting and its minutes, unlocked, « adopté » ones included, until they are adopted in Copil', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v13 = new Database(file)
    migrate(v13, MIGRATIONS.slice(0, 13))
    const committeeId = v13.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid
    const meeting = v13.prepare("INSERT INTO meetings (committee_id, title, status, first_date) VALUES (?, ?, ?, '2020-07-15')")
    const adopted = meeting.run(committeeId, 'Marquée adoptée', 'adopte').lastInsertRowid
    const draft = meeting.run(committeeId, 'Brouillon', 'brouillon').lastInsertRowid
    v13.prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'Décision')").run(adopted)
    v13.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT id, status, locked FROM meetings ORDER BY id').all()).toEqual([
      { id: Number(adopted), status: 'adopte', locked: 0 },
      { id: Number(draft), status: 'brouillon', locked: 0 },
    ])
    // Not locked yet: its minutes stay writable until it is adopted through the lifecycle.
    db.prepare("UPDATE decisions SET text = 'Décision corrigée' WHERE meeting_id = ?").run(adopted)
    expect(db.prepare('SELECT count(*) FROM releve_versions').pluck().get()).toBe(0)
    // A meeting cannot be locked without a recorded version.
    expect(() => db.prepare('UPDATE meetings SET locked = 1 WHERE id = ?').run(draft)).toThrow(/COPIL_ADOPT_WITHOUT_VERSION/)
    db.close()
  })
})
