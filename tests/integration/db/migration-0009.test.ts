import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { getMeeting } from '../../../main/db/repos/meetings/get'
import { tempDir } from '../../helpers/temp'

describe('migration 0009 — the participants’ order of a meeting', () => {
  it('keeps every meeting « par collège » and numbers each list 1…n in the order it was kept', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v8 = new Database(file)
    migrate(v8, MIGRATIONS.slice(0, 8))
    const committeeId = v8
      .prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')")
      .run().lastInsertRowid
    const meeting = v8.prepare("INSERT INTO meetings (committee_id, title, first_date) VALUES (?, ?, '2020-07-15')")
    const first = meeting.run(committeeId, 'Première').lastInsertRowid
    const second = meeting.run(committeeId, 'Seconde').lastInsertRowid
    const person = v8.prepare("INSERT INTO people (civility, first_name, last_name, name_key) VALUES ('Mme', ?, ?, ?)")
    const [a, b, c] = ['Zahiri', 'Benali', 'Alami'].map(
      (name) => person.run('X', name, name.toLowerCase()).lastInsertRowid,
    )
    const attend = v8.prepare(
      "INSERT INTO attendance (meeting_id, person_id, status, position) VALUES (?, ?, 'present', ?)",
    )
    // The first meeting as written by Copil (1, 2, 3 in an order of their own); the second with
    // gaps and ties (default 0), as an older writer left them.
    attend.run(first, b, 2)
    attend.run(first, a, 1)
    attend.run(first, c, 3)
    attend.run(second, c, 0)
    attend.run(second, a, 0)
    attend.run(second, b, 7)
    v8.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT participant_order FROM meetings ORDER BY id').pluck().all()).toEqual([
      'college',
      'college',
    ])
    const positions = (meetingId: number | bigint) =>
      db.prepare('SELECT person_id, position FROM attendance WHERE meeting_id = ? ORDER BY position').all(meetingId)
    expect(positions(first)).toEqual([
      { person_id: Number(a), position: 1 },
      { person_id: Number(b), position: 2 },
      { person_id: Number(c), position: 3 },
    ])
    expect(positions(second)).toEqual([
      { person_id: Number(c), position: 1 },
      { person_id: Number(a), position: 2 },
      { person_id: Number(b), position: 3 },
    ])
    expect(getMeeting(db, Number(first))?.participantOrder).toBe('college')
    // The new column refuses a value that is not an order.
    expect(() => db.prepare("UPDATE meetings SET participant_order = 'alphabetique'").run()).toThrow(/CHECK/u)
    db.close()
  })
})
