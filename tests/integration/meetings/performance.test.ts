/**
 * The meetings list and a full meeting on a ten-year database: 600 meetings, 15,000 decisions.
 * This test checks what the queries return at that size and prints their times; the budgets
 * themselves are held by `npm run bench`, since timings do not belong in assertions.
 */
import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { listMeetings } from '../../../main/db/repos/meetings/list'
import { getMeeting } from '../../../main/db/repos/meetings/get'
import type { Db } from '../../../main/db/connection'

function seedTenYears(db: Db): number[] {
  const ids: number[] = []
  db.transaction(() => {
    const org = db.prepare('INSERT INTO organisations (name, name_key, side) VALUES (?, ?, ?)')
    const person = db.prepare(
      "INSERT INTO people (civility, first_name, last_name, name_key, organisation_id) VALUES ('Mme', ?, ?, ?, ?)",
    )
    const committee = Number(
      db.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid,
    )
    const people: number[] = []
    for (let o = 1; o <= 40; o += 1) {
      const orgId = Number(
        org.run(`Organisation ${o}`, `organisation ${o}`, o % 2 ? 'administration' : 'societe_civile').lastInsertRowid,
      )
      for (let p = 1; p <= 2; p += 1) {
        people.push(
          Number(
            person.run(`Prénom ${o}-${p}`, `Nom ${o}-${p}`, `prenom ${o}-${p} nom ${o}-${p}`, orgId).lastInsertRowid,
          ),
        )
      }
    }
    const membership = db.prepare("INSERT INTO memberships (committee_id, person_id, role) VALUES (?, ?, 'titulaire')")
    for (const id of people.slice(0, 40)) membership.run(committee, id)
    const meeting = db.prepare('INSERT INTO meetings (committee_id, title, first_date) VALUES (?, ?, ?)')
    const date = db.prepare('INSERT INTO meeting_dates (meeting_id, position, date) VALUES (?, 1, ?)')
    const attendance = db.prepare(
      "INSERT INTO attendance (meeting_id, person_id, status, organisation_id, organisation_name, side) SELECT ?, p.id, 'present', o.id, o.name, o.side FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?",
    )
    const agenda = db.prepare('INSERT INTO agenda_items (meeting_id, position, title, discussion) VALUES (?, ?, ?, ?)')
    const decision = db.prepare('INSERT INTO decisions (meeting_id, position, text) VALUES (?, ?, ?)')
    const step = db.prepare(
      "INSERT INTO next_steps (meeting_id, position, text, due_text) VALUES (?, ?, ?, 'fin juillet 2020')",
    )
    const discussion = JSON.stringify({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Discussion '.repeat(200) }] }],
    })
    for (let m = 0; m < 600; m += 1) {
      const day = new Date(Date.UTC(2015, 0, 1) + m * 6 * 86_400_000).toISOString().slice(0, 10)
      const id = Number(meeting.run(committee, `Réunion n° ${m + 1}`, day).lastInsertRowid)
      ids.push(id)
      date.run(id, day)
      for (const p of people.slice(0, 30)) attendance.run(id, p)
      for (let a = 1; a <= 5; a += 1) agenda.run(id, a, `Point ${a}`, discussion)
      for (let d = 1; d <= 25; d += 1) decision.run(id, d, `Décision ${d} de la réunion ${m + 1}`)
      for (let s = 1; s <= 8; s += 1) step.run(id, s, `Étape ${s}`)
    }
  })()
  return ids
}

/** Median duration of `runs` calls, in milliseconds. */
function median(runs: number, fn: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Infinity
}

describe('meetings on a ten-year database', () => {
  it('lists 600 meetings by page and loads a full one with all its rows', () => {
    const app = startTestServices()
    const ids = seedTenYears(app.ctx.db)
    expect(app.ctx.db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(15_000)

    const list = listMeetings(app.ctx.db, { limit: 200 }).meetings
    expect(list).toHaveLength(200)
    expect(list[0]).toMatchObject({ title: 'Réunion n° 600', presentCount: 30, decisionCount: 25 })
    const meeting = getMeeting(app.ctx.db, ids[300] ?? 0)
    expect(meeting?.attendance).toHaveLength(30)
    expect(meeting?.decisions).toHaveLength(25)

    const found = listMeetings(app.ctx.db, { search: 'reunion 45', year: 2015 }).meetings
    expect(found.map((row) => row.title)).toEqual(['Réunion n° 45'])

    const listMs = median(15, () => listMeetings(app.ctx.db))
    const searchMs = median(15, () => listMeetings(app.ctx.db, { search: 'reunion 45', year: 2015 }))
    const getMs = median(50, () => getMeeting(app.ctx.db, ids[300] ?? 0))
    console.log(
      `meetings/list ${listMs.toFixed(2)} ms · search ${searchMs.toFixed(2)} ms · meetings/get ${getMs.toFixed(2)} ms`,
    )
  })
})
