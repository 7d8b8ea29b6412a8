import type { Db } from '../db/connection'
import { decisionRichDoc } from '../../shared/domain/rich-text'

/** Size of the ten-year database the budgets are measured on (DESIGN.md). */
export const TEN_YEARS = { meetings: 600, decisionsPerMeeting: 25, engagements: 160, activitiesPerEngagement: 20, people: 400 }
/** The large variant (issue 16): twenty times the meetings of ten years, about 180 MB. */
export const LARGE = { ...TEN_YEARS, meetings: 12_000 }
export type BenchSize = typeof TEN_YEARS

const SIDES = ['administration', 'societe_civile', 'partenaire', 'expert'] as const

/** A deterministic pseudo-random generator, so every run measures the same database. */
function rng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function isoDay(start: Date, offsetDays: number): string {
  return new Date(start.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

const LOREM =
  'Le comité a examiné l’état d’avancement des engagements et a convenu de replanifier les activités restantes en tenant compte des nouveaux délais accordés aux administrations partenaires.'

/**
 * Fills an empty, migrated database with ten years of committee work: 600 meetings, 15,000
 * decisions, 3,200 activities with progress reports and replans. Direct SQL, one transaction.
 */
export function generateTenYears(db: Db, seed = 42, size: BenchSize = TEN_YEARS): { committeeId: number; planId: number; meetingIds: number[] } {
  const random = rng(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const meetingIds: number[] = []
  let committeeId = 0
  let planId = 0
  db.transaction(() => {
    const orgIds: number[] = []
    const insertOrg = db.prepare('INSERT INTO organisations (name, name_key, acronym, side) VALUES (?, ?, ?, ?)')
    for (let i = 0; i < 60; i += 1) {
      const name = `Organisation ${i + 1}`
      orgIds.push(Number(insertOrg.run(name, name.toLowerCase(), `ORG${i + 1}`, SIDES[i % SIDES.length]).lastInsertRowid))
    }
    const insertPerson = db.prepare(
      'INSERT INTO people (civility, first_name, last_name, name_key, organisation_id) VALUES (?, ?, ?, ?, ?)',
    )
    const personIds: number[] = []
    for (let i = 0; i < size.people; i += 1) {
      const first = `Prénom${i}`
      const last = `Nom${i}`
      personIds.push(Number(insertPerson.run(i % 2 ? 'M.' : 'Mme', first, last, `${first} ${last}`.toLowerCase(), pick(orgIds)).lastInsertRowid))
    }
    committeeId = Number(
      db.prepare("INSERT INTO committees (name, name_key, acronym, quorum_min_present) VALUES ('Comité de pilotage du Gouvernement Ouvert', 'comite de pilotage du gouvernement ouvert', 'COPIL', 10)").run()
        .lastInsertRowid,
    )
    const insertMember = db.prepare("INSERT INTO memberships (committee_id, person_id, role) VALUES (?, ?, 'titulaire')")
    for (const id of personIds.slice(0, 40)) insertMember.run(committeeId, id)

    const insertMeeting = db.prepare(
      "INSERT INTO meetings (committee_id, title, kind, mode, place, first_date, status) VALUES (?, ?, 'ordinaire', 'presentiel', 'Rabat', ?, ?)",
    )
    const insertDate = db.prepare("INSERT INTO meeting_dates (meeting_id, position, date, start_time, end_time) VALUES (?, 0, ?, '10:00', '12:30')")
    const insertAttendance = db.prepare(
      "INSERT INTO attendance (meeting_id, person_id, status, organisation_name, side, position) VALUES (?, ?, ?, 'Organisation', ?, ?)",
    )
    const insertAgenda = db.prepare('INSERT INTO agenda_items (meeting_id, position, title, discussion) VALUES (?, ?, ?, ?)')
    const insertDecision = db.prepare('INSERT INTO decisions (meeting_id, agenda_item_id, position, text, body) VALUES (?, ?, ?, ?, ?)')
    const insertStep = db.prepare("INSERT INTO next_steps (meeting_id, position, text, due_text) VALUES (?, ?, ?, 'fin juillet 2020')")
    const discussion = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: LOREM }] },
        { type: 'bulletList', content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Point ${n} : ${LOREM}` }] }] })) },
      ],
    })
    const start = new Date(Date.UTC(2016, 0, 4))
    // Ten years whatever the size: the large variant has several meetings on the same day.
    const spacing = 3650 / size.meetings
    for (let m = 0; m < size.meetings; m += 1) {
      const date = isoDay(start, Math.floor(m * spacing))
      const id = Number(insertMeeting.run(committeeId, `Réunion du Comité de pilotage n° ${m + 1}`, date, m < size.meetings - 10 ? 'adopte' : 'brouillon').lastInsertRowid)
      meetingIds.push(id)
      insertDate.run(id, date)
      personIds.slice(0, 30).forEach((personId, i) => insertAttendance.run(id, personId, i % 7 === 0 ? 'excuse' : 'present', SIDES[i % SIDES.length], i))
      const agendaIds: number[] = []
      for (let a = 0; a < 4; a += 1) agendaIds.push(Number(insertAgenda.run(id, a, `Point ${a + 1} de l’ordre du jour`, discussion).lastInsertRowid))
      for (let d = 0; d < size.decisionsPerMeeting; d += 1) {
        const text = `Décision ${d + 1} : ${LOREM}`
        insertDecision.run(id, agendaIds[d % 4], d, text, JSON.stringify(decisionRichDoc(text)))
      }
      for (let s = 0; s < 6; s += 1) insertStep.run(id, s, `Étape ${s + 1}`)
    }

    planId = Number(db.prepare("INSERT INTO plans (title, period_label, committee_id) VALUES ('Plan d’action national 2016-2026', '2016-2026', ?)").run(committeeId).lastInsertRowid)
    const insertAxis = db.prepare('INSERT INTO axes (plan_id, position, title) VALUES (?, ?, ?)')
    const insertEngagement = db.prepare('INSERT INTO engagements (plan_id, axis_id, number, title, responsible_text) VALUES (?, ?, ?, ?, ?)')
    const insertActivity = db.prepare(
      `INSERT INTO activities (engagement_id, number, title, weight, baseline_text, baseline_period) VALUES (?, ?, ?, ?, 'novembre 2020', '{"kind":"month","year":2020,"month":11}')`,
    )
    const insertReport = db.prepare('INSERT INTO progress_reports (activity_id, engagement_id, meeting_id, date, percent, narrative) VALUES (?, ?, ?, ?, ?, ?)')
    const insertReplan = db.prepare(
      `INSERT INTO replans (activity_id, meeting_id, date, previous_text, new_text, new_period, reason, kind) VALUES (?, ?, ?, 'novembre 2020', 'décembre 2020', '{"kind":"month","year":2020,"month":12}', 'Report lié au contexte', 'replanifiee')`,
    )
    const axisIds = [1, 2, 3, 4, 5].map((n) => Number(insertAxis.run(planId, n, `Axe ${n}`).lastInsertRowid))
    for (let e = 0; e < size.engagements; e += 1) {
      const engagementId = Number(insertEngagement.run(planId, axisIds[e % 5], e + 1, `Engagement ${e + 1}`, 'Organisation responsable').lastInsertRowid)
      for (let a = 0; a < size.activitiesPerEngagement; a += 1) {
        const activityId = Number(insertActivity.run(engagementId, a + 1, `Activité ${a + 1}`, 1 + (a % 3)).lastInsertRowid)
        for (let r = 0; r < 5; r += 1) {
          const meetingId = pick(meetingIds)
          insertReport.run(activityId, null, meetingId, isoDay(start, Math.floor(random() * 3650)), Math.floor(random() * 101), 'En cours')
        }
        if (a % 4 === 0) insertReplan.run(activityId, pick(meetingIds), isoDay(start, Math.floor(random() * 3650)))
      }
      insertReport.run(null, engagementId, pick(meetingIds), isoDay(start, Math.floor(random() * 3650)), Math.floor(random() * 101), 'Avancement déclaré')
    }
  })()
  return { committeeId, planId, meetingIds }
}
