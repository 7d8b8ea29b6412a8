import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../../main/db/connection'
import { HISTORY_TABLES } from '../../../main/db/history/tables'
import { meetingHistory, engagementHistory } from '../../../main/db/repos/history/read'
import { setActor } from '../../../main/services/history/history'
import { tempDir } from '../../helpers/temp'

interface Row {
  table_name: string
  op: string
  actor: string
  fields: string
  before: string | null
  after: string | null
  meeting_id: number | null
  engagement_id: number | null
}

/** A database with one row in every recorded table, written as « Fatima Zahra ». */
function seeded(): { db: Db; ids: Record<string, number> } {
  const db = openDatabase(join(tempDir(), 'copil.sqlite'))
  setActor(db, 'Fatima Zahra')
  const run = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid)
  const committee = run("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')")
  const organisations = run(
    "INSERT INTO organisations (name, name_key, side) VALUES ('Ministère', 'ministere', 'administration')",
  )
  const people = run(
    "INSERT INTO people (civility, first_name, last_name, name_key, organisation_id) VALUES ('Mme', 'Amal', 'Idrissi', 'amal idrissi', ?)",
    organisations,
  )
  const meetings = run(
    "INSERT INTO meetings (committee_id, title, first_date) VALUES (?, 'Réunion de mars', '2026-03-12')",
    committee,
  )
  const attendance = run(
    "INSERT INTO attendance (meeting_id, person_id, status) VALUES (?, ?, 'present')",
    meetings,
    people,
  )
  const agenda_items = run(
    "INSERT INTO agenda_items (meeting_id, position, title) VALUES (?, 1, 'Ouverture')",
    meetings,
  )
  const decisions = run(
    "INSERT INTO decisions (meeting_id, agenda_item_id, position, text) VALUES (?, ?, 1, 'Adopter')",
    meetings,
    agenda_items,
  )
  const next_steps = run("INSERT INTO next_steps (meeting_id, position, text) VALUES (?, 1, 'Diffuser')", meetings)
  db.prepare('INSERT OR IGNORE INTO decision_register (decision_id) VALUES (?)').run(decisions)
  const decision_register = decisions
  const action_follow_ups = run(
    "INSERT INTO action_follow_ups (next_step_id, meeting_id, status, noted_on) VALUES (?, ?, 'en_cours', '2026-03-12')",
    next_steps,
    meetings,
  )
  const plan = run("INSERT INTO plans (title) VALUES ('PAN')")
  const axis = run("INSERT INTO axes (plan_id, position, title) VALUES (?, 1, 'Axe')", plan)
  const engagements = run(
    "INSERT INTO engagements (plan_id, axis_id, number, title) VALUES (?, ?, 1, 'Engagement')",
    plan,
    axis,
  )
  const activities = run("INSERT INTO activities (engagement_id, number, title) VALUES (?, 1, 'Activité')", engagements)
  const progress_reports = run(
    "INSERT INTO progress_reports (activity_id, meeting_id, date, percent) VALUES (?, ?, '2026-03-12', 10)",
    activities,
    meetings,
  )
  const replans = run(
    "INSERT INTO replans (activity_id, meeting_id, date, new_text, kind) VALUES (?, ?, '2026-03-12', 'juin 2026', 'replanifiee')",
    activities,
    meetings,
  )
  return {
    db,
    ids: {
      organisations,
      people,
      meetings,
      attendance,
      agenda_items,
      decisions,
      next_steps,
      decision_register,
      action_follow_ups,
      engagements,
      activities,
      progress_reports,
      replans,
    },
  }
}

// One column of each table, changed by the test (to `value`), and one left as it was.
const EDITS: Record<string, [changed: string, unchanged: string, value?: string]> = {
  decision_register: ['status', 'frozen', 'en_cours'],
  action_follow_ups: ['note', 'status'],
  meetings: ['place', 'title'],
  attendance: ['represented_by', 'status'],
  agenda_items: ['presenter', 'title'],
  decisions: ['text', 'position'],
  next_steps: ['due_text', 'text'],
  progress_reports: ['narrative', 'percent'],
  replans: ['reason', 'new_text'],
  engagements: ['project_lead', 'title'],
  activities: ['baseline_text', 'title'],
  people: ['email', 'last_name'],
  organisations: ['acronym', 'name'],
}

const rowsOf = (db: Db, table: string, op: string) =>
  db.prepare('SELECT * FROM history WHERE table_name = ? AND op = ? ORDER BY id').all(table, op) as Row[]

describe('history — every change of every recorded table', () => {
  it('covers each recorded table in this test', () => {
    expect(Object.keys(EDITS).sort()).toEqual(HISTORY_TABLES.map((spec) => spec.table).sort())
  })

  for (const spec of HISTORY_TABLES) {
    it(`records who inserted, updated and deleted a row of ${spec.table}, with only the fields that changed`, () => {
      const { db, ids } = seeded()
      const [changed, unchanged, value = 'nouvelle valeur'] = EDITS[spec.table] ?? ['', '']
      const inserted = rowsOf(db, spec.table, 'insert')
      expect(inserted).toHaveLength(1)
      expect(inserted[0]?.actor).toBe('Fatima Zahra')
      expect(JSON.parse(inserted[0]?.after ?? '{}')).toHaveProperty(unchanged)

      const rowid = ids[spec.table]
      const before = db.prepare(`SELECT "${changed}" AS v FROM "${spec.table}" WHERE rowid = ?`).pluck().get(rowid)
      setActor(db, 'Youssef Alaoui')
      db.prepare(
        `UPDATE "${spec.table}" SET "${changed}" = ?, "${unchanged}" = "${unchanged}" WHERE rowid = ?`,
      ).run(value, rowid)
      const updated = rowsOf(db, spec.table, 'update')
      expect(updated).toHaveLength(1)
      expect(updated[0]?.actor).toBe('Youssef Alaoui')
      expect(updated[0]?.fields).toBe(changed)
      expect(JSON.parse(updated[0]?.before ?? '')).toEqual({ [changed]: before })
      expect(JSON.parse(updated[0]?.after ?? '')).toEqual({ [changed]: value })

      // Writing the same values again is no change.
      db.prepare(`UPDATE "${spec.table}" SET "${changed}" = ? WHERE rowid = ?`).run(value, rowid)
      expect(rowsOf(db, spec.table, 'update')).toHaveLength(1)

      db.pragma('foreign_keys = OFF')
      db.prepare(`DELETE FROM "${spec.table}" WHERE rowid = ?`).run(rowid)
      const deleted = rowsOf(db, spec.table, 'delete')
      expect(deleted).toHaveLength(1)
      expect(deleted[0]?.actor).toBe('Youssef Alaoui')
      expect(JSON.parse(deleted[0]?.before ?? '')).toMatchObject({ [changed]: value })
      if (spec.meeting) expect(deleted[0]?.meeting_id).toBe(ids.meetings)
      db.close()
    })
  }

  it('lists a meeting’s changes newest first, and an engagement’s with its activities, progress and replanning', () => {
    const { db, ids } = seeded()
    db.prepare("UPDATE decisions SET text = 'Adopter le relevé' WHERE id = ?").run(ids.decisions)
    const meeting = meetingHistory(db, ids.meetings as number, null)
    expect(meeting.entries[0]).toMatchObject({
      table: 'decisions',
      op: 'update',
      ref: '1',
      actor: 'Fatima Zahra',
      fields: ['text'],
    })
    expect(meeting.entries[0]?.before).toEqual({ text: 'Adopter' })
    expect(meeting.entries.map((e) => e.table)).toEqual(
      expect.arrayContaining([
        'meetings',
        'attendance',
        'agenda_items',
        'decisions',
        'next_steps',
        'progress_reports',
        'replans',
      ]),
    )
    const engagement = engagementHistory(db, ids.engagements as number, null)
    expect(engagement.entries.map((e) => e.table).sort()).toEqual([
      'activities',
      'engagements',
      'progress_reports',
      'replans',
    ])
    const firstPage = meetingHistory(db, ids.meetings as number, null, 3)
    expect(firstPage.entries).toHaveLength(3)
    const secondPage = meetingHistory(db, ids.meetings as number, firstPage.nextBefore, 3)
    expect(secondPage.entries[0]?.id).toBeLessThan(firstPage.entries[2]?.id ?? 0)
    db.close()
  })

  it('makes one entry of the autosaves of one text by one person, keeping the first « before »', () => {
    const { db, ids } = seeded()
    for (const text of ['Le', 'Le comité', 'Le comité adopte']) {
      db.prepare('UPDATE agenda_items SET discussion = ? WHERE id = ?').run(
        JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }),
        ids.agenda_items,
      )
    }
    const updates = rowsOf(db, 'agenda_items', 'update')
    expect(updates).toHaveLength(1)
    expect(JSON.parse(updates[0]?.before ?? '')).toEqual({ discussion: '{"type":"doc","content":[]}' })
    expect(JSON.parse(updates[0]?.after ?? '').discussion).toContain('Le comité adopte')
    // Someone else's edit starts a new entry.
    setActor(db, 'Youssef Alaoui')
    db.prepare('UPDATE agenda_items SET discussion = ? WHERE id = ?').run(
      '{"type":"doc","content":[]}',
      ids.agenda_items,
    )
    expect(rowsOf(db, 'agenda_items', 'update')).toHaveLength(2)
    db.close()
  })

  it('records under the name set in Paramètres, kept across openings', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const first = openDatabase(file)
    setActor(first, '  Fatima   Zahra ')
    first.close()
    const db = openDatabase(file)
    db.prepare("INSERT INTO committees (name, name_key) VALUES ('C', 'c')").run()
    db.prepare("INSERT INTO organisations (name, name_key, side) VALUES ('O', 'o', 'autre')").run()
    expect(db.prepare("SELECT actor FROM history WHERE table_name = 'organisations'").pluck().get()).toBe(
      'Fatima Zahra',
    )
    expect(() => setActor(db, 'x'.repeat(81))).toThrow(/81 caractères : 80 au plus/u)
    db.close()
  })
})
