/**
 * The ten-year database of the bench (DESIGN.md, issue 16): 600 meetings of one committee with
 * their attendance, agenda, discussions of about 2 KB each, decisions and next steps; an action plan
 * of three successive plans, 160 engagements and 3,200 activities in all, with progress reports and
 * replans; most next steps of past meetings done, a few left open; and the 12,000-meeting
 * variant. Every text is written by a seeded generator (writer.ts): varied French, names, figures,
 * dates — no discussion repeats. Direct SQL in one transaction, without the history triggers.
 */
import type { Db } from '../db/connection'
import { withoutHistory } from '../db/history/session'
import type { RichDoc } from '../../shared/domain/rich-text'
import { discussionBlocks, FIRST_NAMES, LAST_NAMES, MONTHS, ORGANISATIONS, rng, SUBJECTS, Writer } from './writer'
import { refreshDecisionNumbers } from '../db/repos/registers/decision-numbers'

/** Size of the ten-year database the budgets are measured on (DESIGN.md). */
export const TEN_YEARS = { meetings: 600, decisionsPerMeeting: 25, engagements: 160, activitiesPerEngagement: 20, people: 400, discussionBytes: 2000 }
/** The large variant (issue 16): twenty times the meetings, shorter texts, about 200 MB. */
export const LARGE = { ...TEN_YEARS, meetings: 12_000, decisionsPerMeeting: 12, discussionBytes: 900 }
/** A small database for `npm test`-sized checks of the generator. */
export const SMALL = { ...TEN_YEARS, meetings: 12, engagements: 8, activitiesPerEngagement: 5, people: 60 }
/** Discussions of about 2 KB of text unless told. */
export type BenchSize = Omit<typeof TEN_YEARS, 'discussionBytes'> & { discussionBytes?: number }

/** Distinct discussions written for the large variant, then drawn again. */
const DISCUSSION_POOL = 2400
const SIDES = ['administration', 'societe_civile', 'partenaire', 'expert'] as const
const PLACES = ['Rabat', 'Casablanca', 'Tanger', 'Fès', 'Marrakech', 'Agadir', 'Oujda']
const KINDS = ['ordinaire', 'ordinaire', 'ordinaire', 'extraordinaire', 'preparatoire', 'atelier'] as const
const MODES = ['presentiel', 'presentiel', 'distance', 'hybride'] as const

function isoDay(start: Date, offsetDays: number): string {
  return new Date(start.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/**
 * The status of a next step decided `age` meetings ago: the last few meetings' actions are still
 * open, older ones mostly done, one in fifty left open (what « Suivi des actions précédentes » lists).
 */
export function stepStatus(age: number, draw: number): 'a_faire' | 'en_cours' | 'fait' | 'annule' {
  if (age < 6) return draw < 0.5 ? 'a_faire' : 'en_cours'
  if (draw < 0.02) return 'en_cours'
  return draw < 0.06 ? 'annule' : 'fait'
}

export interface Generated {
  committeeId: number
  planId: number
  meetingIds: number[]
  /** planId: the latest of the three plans, the one the editor of the latest meetings shows. */
  /** The meeting with the most content (agenda, decisions, attendance, plan reports): the editor's worst case. */
  largestMeetingId: number
}

/**
 * Fills an empty, migrated database with ten years of committee work (or `size`). The last meeting,
 * a draft, is the largest: twice the agenda, decisions and next steps, every member in attendance.
 */
export function generateTenYears(db: Db, seed = 42, size: BenchSize = TEN_YEARS): Generated {
  const random = rng(seed)
  const w = new Writer(seed + 1)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const meetingIds: number[] = []
  let committeeId = 0
  let planId = 0
  const fill = db.transaction(() => {
    const orgIds: number[] = []
    const insertOrg = db.prepare('INSERT INTO organisations (name, name_key, acronym, side) VALUES (?, ?, ?, ?)')
    for (let i = 0; i < 60; i += 1) {
      const [base, acronym] = ORGANISATIONS[i % ORGANISATIONS.length] ?? ['Organisation', 'ORG']
      const name = i < ORGANISATIONS.length ? base : `${base} — ${pick(PLACES)} ${i}`
      orgIds.push(Number(insertOrg.run(name, fold(name), i < ORGANISATIONS.length ? acronym : `${acronym}${i}`, SIDES[i % SIDES.length]).lastInsertRowid))
    }
    const insertPerson = db.prepare(
      'INSERT INTO people (civility, first_name, last_name, name_key, function, organisation_id) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const personIds: number[] = []
    for (let i = 0; i < size.people; i += 1) {
      const first = pick(FIRST_NAMES)
      const last = pick(LAST_NAMES)
      const fn = random() < 0.4 ? pick(['Directeur', 'Chargée de mission', 'Chef de division', 'Conseiller', 'Présidente', 'Coordinateur']) : ''
      personIds.push(Number(insertPerson.run(i % 2 ? 'M.' : 'Mme', first, last, fold(`${first} ${last}`), fn, pick(orgIds)).lastInsertRowid))
    }
    committeeId = Number(
      db.prepare("INSERT INTO committees (name, name_key, acronym, quorum_min_present) VALUES ('Comité de pilotage du Gouvernement Ouvert', 'comite de pilotage du gouvernement ouvert', 'COPIL', 10)").run()
        .lastInsertRowid,
    )
    const insertMember = db.prepare("INSERT INTO memberships (committee_id, person_id, role) VALUES (?, ?, 'titulaire')")
    for (const id of personIds.slice(0, 40)) insertMember.run(committeeId, id)

    const insertMeeting = db.prepare('INSERT INTO meetings (committee_id, title, kind, mode, place, first_date, status) VALUES (?, ?, ?, ?, ?, ?, ?)')
    const insertDate = db.prepare("INSERT INTO meeting_dates (meeting_id, position, date, start_time, end_time) VALUES (?, 0, ?, '10:00', '12:30')")
    const insertAttendance = db.prepare('INSERT INTO attendance (meeting_id, person_id, status, organisation_name, side, position) VALUES (?, ?, ?, ?, ?, ?)')
    const insertAgenda = db.prepare('INSERT INTO agenda_items (meeting_id, position, title, discussion) VALUES (?, ?, ?, ?)')
    const insertDecision = db.prepare('INSERT INTO decisions (meeting_id, agenda_item_id, position, text, body) VALUES (?, ?, ?, ?, ?)')
    const insertStep = db.prepare('INSERT INTO next_steps (meeting_id, position, text, due_text, status) VALUES (?, ?, ?, ?, ?)')
    const start = new Date(Date.UTC(2016, 0, 4))
    // Beyond ten years' worth, discussions are drawn from a pool of 2,400 (the large variant is for
    // launch and list sizes; writing 48,000 distinct discussions would cost minutes).
    const pool: string[] = []
    const discussionText = (): string => {
      if (size.meetings > 1000 && pool.length >= DISCUSSION_POOL) return pool[Math.floor(random() * pool.length)] as string
      const text = JSON.stringify({ type: 'doc', content: discussionBlocks(w, size.discussionBytes ?? TEN_YEARS.discussionBytes) } satisfies RichDoc)
      if (size.meetings > 1000) pool.push(text)
      return text
    }
    // Ten years whatever the size: the large variant has several meetings on the same day.
    const spacing = 3650 / size.meetings
    for (let m = 0; m < size.meetings; m += 1) {
      const largest = m === size.meetings - 1
      const date = isoDay(start, Math.floor(m * spacing))
      const kind = pick(KINDS)
      const title = `${kind === 'atelier' ? 'Atelier' : 'Réunion'} du Comité de pilotage n° ${m + 1} — ${w.title()}`
      const id = Number(insertMeeting.run(committeeId, title, kind, pick(MODES), pick(PLACES), date, m < size.meetings - 10 ? 'adopte' : 'brouillon').lastInsertRowid)
      meetingIds.push(id)
      insertDate.run(id, date)
      const attending = largest ? 40 : 20 + Math.floor(random() * 15)
      for (let i = 0; i < attending; i += 1) {
        const status = random() < 0.12 ? 'excuse' : 'present'
        insertAttendance.run(id, personIds[i], status, pick(ORGANISATIONS)[0], SIDES[i % SIDES.length], i)
      }
      const agendaIds: number[] = []
      const items = largest ? 8 : 3 + Math.floor(random() * 3)
      for (let a = 0; a < items; a += 1) {
        agendaIds.push(Number(insertAgenda.run(id, a, w.title(), discussionText()).lastInsertRowid))
      }
      const decisions = largest ? 2 * size.decisionsPerMeeting : size.decisionsPerMeeting
      for (let d = 0; d < decisions; d += 1) {
        const text = w.sentence()
        const body: RichDoc = { type: 'doc', content: d % 5 === 1 ? [w.paragraph(1), w.list(3, false)] : [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
        insertDecision.run(id, agendaIds[d % items], d, text, JSON.stringify(body))
      }
      for (let s = 0; s < (largest ? 12 : 6); s += 1) insertStep.run(id, s, w.sentence(), `${pick(['fin', 'mi-', 'début'])} ${pick(MONTHS)} ${2016 + Math.floor(m * spacing / 365) + 1}`, stepStatus(size.meetings - 1 - m, random()))
    }

    // Three successive plans of the committee (2016-2019, 2019-2022, 2022-2026), the last the largest:
    // the editor of the latest meeting shows the committee's latest plan. Reports of a plan's
    // activities are recorded at meetings of its period.
    const insertPlan = db.prepare('INSERT INTO plans (title, period_label, committee_id) VALUES (?, ?, ?)')
    const insertAxis = db.prepare('INSERT INTO axes (plan_id, position, title) VALUES (?, ?, ?)')
    const insertEngagement = db.prepare('INSERT INTO engagements (plan_id, axis_id, number, title, responsible_text) VALUES (?, ?, ?, ?, ?)')
    const insertActivity = db.prepare(
      `INSERT INTO activities (engagement_id, number, title, weight, baseline_text, baseline_period) VALUES (?, ?, ?, ?, 'novembre 2020', '{"kind":"month","year":2020,"month":11}')`,
    )
    const insertReport = db.prepare('INSERT INTO progress_reports (activity_id, engagement_id, meeting_id, date, percent, narrative) VALUES (?, ?, ?, ?, ?, ?)')
    const insertReplan = db.prepare(
      `INSERT INTO replans (activity_id, meeting_id, date, previous_text, new_text, new_period, reason, kind) VALUES (?, ?, ?, 'novembre 2020', 'décembre 2020', '{"kind":"month","year":2020,"month":12}', ?, 'replanifiee')`,
    )
    const largestMeeting = meetingIds[meetingIds.length - 1] as number
    const shares = [0.25, 0.3125]
    const counts = [Math.round(size.engagements * (shares[0] ?? 0)), Math.round(size.engagements * (shares[1] ?? 0))]
    counts.push(size.engagements - (counts[0] ?? 0) - (counts[1] ?? 0))
    const periods = ['2016-2019', '2019-2022', '2022-2026']
    counts.forEach((engagements, p) => {
      planId = Number(insertPlan.run(`Plan d’action national ${periods[p]}`, periods[p], committeeId).lastInsertRowid)
      // The meetings of the plan's period (the last plan's include the largest meeting).
      const from = Math.floor((p * meetingIds.length) / counts.length)
      const to = Math.floor(((p + 1) * meetingIds.length) / counts.length)
      const periodMeetings = meetingIds.slice(from, to)
      const periodStart = Math.floor((p * 3650) / counts.length)
      const periodDay = () => isoDay(start, periodStart + Math.floor(random() * (3650 / counts.length)))
      const axisIds = [1, 2, 3, 4, 5].map((n) => Number(insertAxis.run(planId, n, `Axe ${n} : ${w.title()}`).lastInsertRowid))
      const last = p === counts.length - 1
      for (let e = 0; e < engagements; e += 1) {
        const engagementId = Number(insertEngagement.run(planId, axisIds[e % 5], e + 1, w.title(), pick(SUBJECTS)).lastInsertRowid)
        for (let a = 0; a < size.activitiesPerEngagement; a += 1) {
          const activityId = Number(insertActivity.run(engagementId, a + 1, w.title(), 1 + (a % 3)).lastInsertRowid)
          for (let r = 0; r < 5; r += 1) {
            // The largest meeting records one report on each activity of one engagement in four of the last plan.
            const meetingId = last && r === 0 && e % 4 === 0 ? largestMeeting : pick(periodMeetings)
            insertReport.run(activityId, null, meetingId, periodDay(), Math.floor(random() * 101), w.sentence())
          }
          if (a % 4 === 0) insertReplan.run(activityId, pick(periodMeetings), periodDay(), w.sentence())
        }
        insertReport.run(null, engagementId, pick(periodMeetings), periodDay(), Math.floor(random() * 101), w.sentence())
      }
    })
  })
  // Generated rows are not a user's changes: no history rows (and bulk inserts 4-5 times faster).
  // Numbered as the app's writes number them (reading the register never does).
  withoutHistory(db, () => {
    fill()
    refreshDecisionNumbers(db)
  })
  return { committeeId, planId, meetingIds, largestMeetingId: meetingIds[meetingIds.length - 1] as number }
}
