import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'

describe('migration 0003 — action plan', () => {
  it('migrates a populated version-2 database to the latest, keeping its data and linking plans to it', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v2 = new Database(file)
    v2.pragma('foreign_keys = ON')
    migrate(v2, MIGRATIONS.slice(0, 2))
    expect(v2.pragma('user_version', { simple: true })).toBe(2)
    const organisationId = v2
      .prepare("INSERT INTO organisations (name, name_key, side) VALUES ('Archives du Maroc', 'archives du maroc', 'administration')")
      .run().lastInsertRowid
    const committeeId = v2
      .prepare("INSERT INTO committees (name, name_key) VALUES ('Comité de pilotage du Gouvernement Ouvert', 'comite de pilotage du gouvernement ouvert')")
      .run().lastInsertRowid
    const meetingId = v2
      .prepare("INSERT INTO meetings (committee_id, title, mode, first_date) VALUES (?, 'Réunion du comité de pilotage', 'distance', '2020-07-15')")
      .run(committeeId).lastInsertRowid
    v2.prepare("INSERT INTO meeting_dates (meeting_id, position, date) VALUES (?, 1, '2020-07-15')").run(meetingId)
    v2.close()

    const db = openDatabase(file)
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
      expect(db.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Archives du Maroc'])
      expect(db.prepare('SELECT title, first_date FROM meetings').get()).toEqual({ title: 'Réunion du comité de pilotage', first_date: '2020-07-15' })
      const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN ('plans', 'axes', 'engagements', 'activities', 'progress_reports', 'replans')").all() as {
        name: string
        sql: string
      }[]
      expect(tables.map((t) => t.name).sort()).toEqual(['activities', 'axes', 'engagements', 'plans', 'progress_reports', 'replans'])
      for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/)

      // The new tables point at the rows the older version wrote.
      const planId = db.prepare("INSERT INTO plans (title, committee_id) VALUES ('Plan d’action national 2018-2020', ?)").run(committeeId).lastInsertRowid
      const axisId = db.prepare("INSERT INTO axes (plan_id, position, title) VALUES (?, 1, 'Accès à l’information')").run(planId).lastInsertRowid
      const engagementId = db
        .prepare("INSERT INTO engagements (plan_id, axis_id, number, title, responsible_organisation_id) VALUES (?, ?, 3, 'Archives', ?)")
        .run(planId, axisId, organisationId).lastInsertRowid
      const activityId = db.prepare("INSERT INTO activities (engagement_id, number, title) VALUES (?, 1, 'Formation')").run(engagementId).lastInsertRowid
      db.prepare("INSERT INTO progress_reports (engagement_id, meeting_id, date, percent) VALUES (?, ?, '2020-07-15', 70)").run(engagementId, meetingId)
      db.prepare("INSERT INTO replans (activity_id, meeting_id, date, new_text, kind) VALUES (?, ?, '2020-07-15', '19-27 octobre 2020', 'replanifiee')").run(
        activityId,
        meetingId,
      )
      expect(db.prepare('SELECT weight FROM activities').pluck().get()).toBe(1)
      expect(() => db.prepare("INSERT INTO activities (engagement_id, number, title, weight) VALUES (?, 2, 'x', 0)").run(engagementId)).toThrow(/CHECK/)
      expect(() => db.prepare("INSERT INTO progress_reports (activity_id, engagement_id, date, percent) VALUES (?, ?, '2020-07-15', 5)").run(activityId, engagementId)).toThrow(
        /CHECK/,
      )
      expect(db.pragma('foreign_key_check')).toEqual([])

      // Deleting the meeting keeps the history, unlinked.
      db.prepare('DELETE FROM meetings WHERE id = ?').run(meetingId)
      expect(db.prepare('SELECT meeting_id, percent FROM progress_reports').get()).toEqual({ meeting_id: null, percent: 70 })
      expect(db.prepare('SELECT meeting_id, new_text FROM replans').get()).toEqual({ meeting_id: null, new_text: '19-27 octobre 2020' })
    } finally {
      db.close()
    }
  })
})
