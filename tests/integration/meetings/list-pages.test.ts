/**
 * The meetings list paged by the database (keyset on first date and id): walking the pages gives
 * every meeting exactly once, in the list's order, with each filter; the counts of a page are those
 * of its meetings; a bad cursor is refused in French.
 */
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../main/db/connection'
import { listMeetings, type MeetingFilter } from '../../../main/db/repos/meetings/list'
import type { MeetingStatus } from '../../../shared/domain/vocabulary'
import type { MeetingPage } from '../../../shared/domain/meetings'
import { startTestServices, snapshotCounts } from '../../helpers/services'

interface Seeded {
  id: number
  committeeId: number
  date: string | null
  title: string
  status: MeetingStatus
  present: number
  decisions: number
}

const MEETINGS = 730

/** Two committees, meetings on shared days (several a day), some without a date, varied titles and counts. */
function seed(db: Db): { meetings: Seeded[]; committees: number[] } {
  const meetings: Seeded[] = []
  const committees: number[] = []
  db.transaction(() => {
    const org = Number(db.prepare("INSERT INTO organisations (name, name_key, side) VALUES ('Org', 'org', 'administration')").run().lastInsertRowid)
    const person = db.prepare("INSERT INTO people (civility, first_name, last_name, name_key, organisation_id) VALUES ('Mme', ?, 'Nom', ?, ?)")
    const people = Array.from({ length: 6 }, (_, i) => Number(person.run(`P${i}`, `p${i} nom`, org).lastInsertRowid))
    for (const name of ['COPIL', 'Comité technique']) {
      committees.push(Number(db.prepare('INSERT INTO committees (name, name_key) VALUES (?, ?)').run(name, name.toLowerCase()).lastInsertRowid))
    }
    const meeting = db.prepare(
      "INSERT INTO meetings (committee_id, title, kind, mode, place, first_date, status) VALUES (?, ?, 'ordinaire', 'presentiel', '', ?, ?)",
    )
    const date = db.prepare('INSERT INTO meeting_dates (meeting_id, position, date) VALUES (?, 0, ?)')
    const attendance = db.prepare("INSERT INTO attendance (meeting_id, person_id, status, organisation_name, side, position) VALUES (?, ?, ?, 'Org', 'administration', ?)")
    const decision = db.prepare('INSERT INTO decisions (meeting_id, position, text) VALUES (?, ?, ?)')
    const topics = ['budget', 'plan d’action', 'évaluation', 'Société civile']
    for (let m = 0; m < MEETINGS; m += 1) {
      // Three meetings a day on average, across 2019-2021; one in 40 has no date.
      const day = m % 40 === 7 ? null : new Date(Date.UTC(2019, 0, 1) + Math.floor((m * 7919) % 1095) * 86_400_000).toISOString().slice(0, 10)
      const committeeId = committees[m % 3 === 0 ? 1 : 0] as number
      const status: MeetingStatus = m % 4 === 0 ? 'brouillon' : 'adopte'
      const title = `Réunion ${m + 1} : ${topics[m % topics.length]}`
      const id = Number(meeting.run(committeeId, title, day, status).lastInsertRowid)
      if (day) date.run(id, day)
      const present = m % 5
      people.forEach((personId, i) => attendance.run(id, personId, i < present ? (i % 2 ? 'represente' : 'present') : 'excuse', i))
      const decisions = m % 3
      for (let d = 0; d < decisions; d += 1) decision.run(id, d, `Décision ${d}`)
      meetings.push({ id, committeeId, date: day, title, status, present, decisions })
    }
  })()
  return { meetings, committees }
}

/** The list's order: newest first date first, meetings without a date last, then the highest id. */
function expectedOrder(meetings: Seeded[]): number[] {
  return [...meetings]
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === null) return 1
        if (b.date === null) return -1
        return b.date.localeCompare(a.date)
      }
      return b.id - a.id
    })
    .map((m) => m.id)
}

/** Every page from the first, following nextCursor. */
function walk(db: Db, filter: MeetingFilter, limit: number): { ids: number[]; sizes: number[]; total: number | null } {
  const ids: number[] = []
  const sizes: number[] = []
  let page = listMeetings(db, { ...filter, limit })
  const total = page.total
  for (;;) {
    ids.push(...page.meetings.map((m) => m.id))
    sizes.push(page.meetings.length)
    if (page.nextCursor === null) break
    page = listMeetings(db, { ...filter, limit, cursor: page.nextCursor })
    expect(page.total).toBeNull()
  }
  return { ids, sizes, total }
}

describe('the meetings list, page by page', () => {
  it('gives every meeting exactly once, in order, with and without each filter', () => {
    const app = startTestServices()
    const { meetings, committees } = seed(app.ctx.db)
    const cases: { filter: MeetingFilter; keep: (m: Seeded) => boolean }[] = [
      { filter: {}, keep: () => true },
      { filter: { committeeId: committees[1] }, keep: (m) => m.committeeId === committees[1] },
      { filter: { status: 'brouillon' }, keep: (m) => m.status === 'brouillon' },
      { filter: { year: 2020 }, keep: (m) => m.date?.startsWith('2020') === true },
      { filter: { search: 'SOCIETE civile' }, keep: (m) => m.title.endsWith('Société civile') },
      { filter: { search: 'réunion 1', committeeId: committees[0], status: 'adopte' }, keep: (m) => m.title.includes('1') && m.committeeId === committees[0] && m.status === 'adopte' },
    ]
    for (const { filter, keep } of cases) {
      const expected = expectedOrder(meetings.filter(keep))
      expect(expected.length).toBeGreaterThan(5)
      for (const limit of [1, 37, 50, 200]) {
        if (limit === 1 && expected.length > 250) continue
        const pages = walk(app.ctx.db, filter, limit)
        expect(pages.ids, JSON.stringify({ filter, limit })).toEqual(expected)
        expect(pages.total).toBe(expected.length)
        expect(pages.sizes.slice(0, -1).every((size) => size === limit)).toBe(true)
      }
    }
  })

  it('counts those present and the decisions of each meeting of a page', () => {
    const app = startTestServices()
    const { meetings } = seed(app.ctx.db)
    const byId = new Map(meetings.map((m) => [m.id, m]))
    const page = listMeetings(app.ctx.db, { limit: 120 })
    expect(page.meetings).toHaveLength(120)
    for (const row of page.meetings) {
      const seeded = byId.get(row.id)
      expect(row).toMatchObject({ presentCount: seeded?.present, decisionCount: seeded?.decisions, title: seeded?.title })
      expect(row.dates.map((d) => d.date)).toEqual(seeded?.date ? [seeded.date] : [])
    }
    expect(page.years).toEqual([2021, 2020, 2019])
  })

  it('offers the years that hold meetings, newest first, with gaps and undated meetings left out', () => {
    const app = startTestServices()
    const db = app.ctx.db
    const committee = Number(db.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid)
    const meeting = db.prepare("INSERT INTO meetings (committee_id, title, kind, mode, place, first_date) VALUES (?, ?, 'ordinaire', 'presentiel', '', ?)")
    for (const [title, day] of [
      ['Première', '2012-01-01'],
      ['Fin 2015', '2015-12-31'],
      ['Début 2015', '2015-01-01'],
      ['Sans date', null],
      ['Unique de 2019', '2019-06-30'],
      ['Dernière', '2024-02-29'],
    ] as const) meeting.run(committee, title, day)
    const page = listMeetings(db, {})
    expect(page.years).toEqual([2024, 2019, 2015, 2012])
    expect(page.total).toBe(6)
    expect(listMeetings(db, { year: 2015 }).meetings.map((m) => m.title)).toEqual(['Fin 2015', 'Début 2015'])
    const one = listMeetings(db, { search: 'unique' })
    expect(one.meetings.map((m) => m.title)).toEqual(['Unique de 2019'])
    expect(one.total).toBe(1)
    expect(one.years).toEqual([2024, 2019, 2015, 2012])
  })

  it('goes on after the meeting that ended the previous page was deleted', async () => {
    const app = startTestServices()
    const { meetings } = seed(app.ctx.db)
    const first = listMeetings(app.ctx.db, { limit: 50 })
    const last = first.meetings[first.meetings.length - 1]
    const deleted = await app.dispatcher.dispatch('meetings/delete', { id: last?.id })
    expect(deleted.ok).toBe(true)
    const second = await app.dispatcher.dispatch('meetings/list', { limit: 50, cursor: first.nextCursor })
    expect(second.ok && (second.value as MeetingPage).meetings.map((m) => m.id)).toEqual(expectedOrder(meetings).slice(50, 100))
  })

  it('refuses a cursor it did not give, in French, and changes nothing', async () => {
    const app = startTestServices()
    seed(app.ctx.db)
    const before = snapshotCounts(app)
    for (const cursor of ['abc', '2020-07-15', '2020-07-15~0', '~-3', `2020-07-15~${'9'.repeat(30)}`, '', 'x'.repeat(500)]) {
      const result = await app.dispatcher.dispatch('meetings/list', { cursor })
      expect(result.ok, cursor).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT')
        expect(result.error.message).toMatch(/Position de page invalide/)
      }
    }
    const limit = await app.dispatcher.dispatch('meetings/list', { limit: 5000 })
    expect(limit.ok).toBe(false)
    expect(snapshotCounts(app)).toEqual(before)
  })
})
