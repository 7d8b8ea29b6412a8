import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'

describe('migration 0005 — a participant’s function at each meeting', () => {
  it('copies each attendee’s function from the directory and leaves none as null', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v4 = new Database(file)
    migrate(v4, MIGRATIONS.slice(0, 4))
    const committeeId = v4.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid
    const meetingId = v4
      .prepare("INSERT INTO meetings (committee_id, title, first_date) VALUES (?, 'COPIL', '2020-07-15')")
      .run(committeeId).lastInsertRowid
    const person = v4.prepare(
      "INSERT INTO people (civility, first_name, last_name, name_key, function) VALUES ('Mme', ?, ?, ?, ?)",
    )
    const withFunction = person.run('Salma', 'Bennani', 'salma bennani', '  Coordinatrice locale ').lastInsertRowid
    const without = person.run('Nadia', 'Alami', 'nadia alami', '').lastInsertRowid
    const attend = v4.prepare("INSERT INTO attendance (meeting_id, person_id, status, position) VALUES (?, ?, 'present', ?)")
    attend.run(meetingId, withFunction, 1)
    attend.run(meetingId, without, 2)
    v4.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT function FROM attendance ORDER BY position').pluck().all()).toEqual([
      'Coordinatrice locale',
      null,
    ])
    db.close()
  })
})
