import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { listDecisionRegister } from '../../../main/db/repos/registers/decisions'
import { listActions } from '../../../main/db/repos/registers/action-list'
import { tempDir } from '../../helpers/temp'

describe('migration 0011 — decisions register and actions follow-up', () => {
  it('puts every existing decision in the register, to implement, numbered by the upgrade itself; next steps keep their status', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v10 = new Database(file)
    migrate(v10, MIGRATIONS.slice(0, 10))
    const committeeId = v10
      .prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')")
      .run().lastInsertRowid
    const meeting = v10.prepare(
      "INSERT INTO meetings (committee_id, title, first_date, status) VALUES (?, ?, ?, 'brouillon')",
    )
    const july = meeting.run(committeeId, 'Juillet', '2020-07-15').lastInsertRowid
    const march = meeting.run(committeeId, 'Mars', '2020-03-02').lastInsertRowid
    const decision = v10.prepare('INSERT INTO decisions (meeting_id, position, text, body, note) VALUES (?, ?, ?, ?, ?)')
    const empty = '{"type":"doc","content":[]}'
    decision.run(july, 1, 'Décision de juillet', empty, 0)
    decision.run(july, 2, 'Une note', empty, 1)
    decision.run(march, 1, 'Décision de mars', empty, 0)
    v10.prepare(
      "INSERT INTO next_steps (meeting_id, position, text, due_text, status) VALUES (?, 1, 'Étape faite', 'août 2020', 'fait')",
    ).run(july)
    v10.prepare(
      "INSERT INTO next_steps (meeting_id, position, text, due_text, status) VALUES (?, 2, 'Étape en cours', '', 'en_cours')",
    ).run(july)
    v10.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare("SELECT count(*) FROM decision_register WHERE status = 'a_mettre_en_oeuvre'").pluck().get()).toBe(
      3,
    )
    expect(listDecisionRegister(db).rows.map((d) => [d.number, d.summary])).toEqual([
      ['D-2020-002', 'Décision de juillet'],
      ['D-2020-001', 'Décision de mars'],
    ])
    expect(listActions(db, {}, '2021-01-01').rows.map((a) => [a.text, a.status, a.followUps])).toEqual([
      ['Étape en cours', 'en_cours', []],
      ['Étape faite', 'fait', []],
    ])
    // The new tables refuse what is not a status.
    expect(() => db.prepare("UPDATE decision_register SET status = 'oubliee'").run()).toThrow(/CHECK/u)
    expect(() =>
      db
        .prepare("INSERT INTO action_follow_ups (next_step_id, status, noted_on) VALUES (1, 'perdu', '2020-08-01')")
        .run(),
    ).toThrow(/CHECK/u)
    db.close()
  })
})
