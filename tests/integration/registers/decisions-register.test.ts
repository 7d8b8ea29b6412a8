import { describe, expect, it } from 'vitest'
import { startTestServices, snapshotCounts } from '../../helpers/services'
import { buildPlan, call, insertCommittee, refused } from '../plan/helpers'
import type { StartedApp } from '../../../main/bootstrap'
import { refreshDecisionNumbers } from '../../../main/db/repos/registers/decision-numbers'

async function meeting(app: StartedApp, committeeId: number, date: string, title = `Réunion du ${date}`) {
  return call(app, 'meetings/create', {
    committeeId,
    header: { title, kind: 'ordinaire', mode: 'presentiel', dates: [{ date }] },
  })
}

async function decide(app: StartedApp, meetingId: number, text: string, agendaItemId: number | null = null) {
  return call(app, 'decisions/save', { meetingId, agendaItemId, text })
}

const numbers = async (app: StartedApp, filter = {}) =>
  (await call(app, 'decisions/register', { filter })).rows.map((d) => `${d.number ?? '-'} ${d.summary}`)

describe('decisions register', () => {
  it('numbers decisions per committee and year in date order, and notes not at all', async () => {
    const app = startTestServices()
    const copil = insertCommittee(app, 'Comité de pilotage')
    const other = insertCommittee(app, 'Comité technique')
    const july = await meeting(app, copil, '2020-07-15')
    const march = await meeting(app, copil, '2020-03-02')
    const january21 = await meeting(app, copil, '2021-01-20')
    const technical = await meeting(app, other, '2020-05-05')
    await decide(app, july.id, 'Juillet A')
    await decide(app, july.id, 'Juillet B')
    await call(app, 'decisions/save', { meetingId: july.id, agendaItemId: null, text: 'Une remarque', note: true })
    await decide(app, march.id, 'Mars A')
    await decide(app, january21.id, 'Janvier 2021')
    await decide(app, technical.id, 'Technique')

    // Newest meeting first; numbers follow the meetings' dates, not the order of typing.
    expect(await numbers(app)).toEqual([
      'D-2021-001 Janvier 2021',
      'D-2020-002 Juillet A',
      'D-2020-003 Juillet B',
      'D-2020-001 Technique',
      'D-2020-001 Mars A',
    ])
    expect(await numbers(app, { committeeId: other })).toEqual(['D-2020-001 Technique'])
    expect(await numbers(app, { meetingId: july.id })).toEqual(['D-2020-002 Juillet A', 'D-2020-003 Juillet B'])
    expect(await numbers(app, { from: '2020-06-01', to: '2020-12-31', committeeId: copil })).toEqual([
      'D-2020-002 Juillet A',
      'D-2020-003 Juillet B',
    ])
  })

  it('a write inside one meeting leaves every number as renumbering the whole database would', async () => {
    const app = startTestServices()
    const db = app.ctx.db
    const copil = insertCommittee(app, 'Comité de pilotage')
    const other = insertCommittee(app, 'Comité technique')
    const dates = ['2019-11-05', '2020-03-02', '2020-07-15', '2020-12-01', '2021-01-20']
    const meetings = [...(await Promise.all(dates.map((date) => meeting(app, copil, date)))), await meeting(app, other, '2020-05-05')]
    const register = () =>
      db.prepare('SELECT decision_id, committee_id, year, seq, frozen FROM decision_register ORDER BY decision_id').all()
    let seed = 7
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    const july = meetings[2]!.id
    for (let step = 0; step < 60; step += 1) {
      if (step === 30) {
        // July's relevé adopted: its numbers frozen (as releve/adopt does); the others keep moving around them.
        db.prepare("UPDATE meetings SET status = 'adopte' WHERE id = ?").run(july)
        refreshDecisionNumbers(db)
        continue
      }
      const target = meetings[next(meetings.length)]!
      if (step > 30 && target.id === july) continue
      const own = db.prepare('SELECT id FROM decisions WHERE meeting_id = ? ORDER BY position').pluck().all(target.id) as number[]
      const action = next(5)
      if (action === 0 && own.length > 0) await call(app, 'decisions/delete', { id: own[next(own.length)]! })
      else if (action === 1 && own.length > 1) await call(app, 'decisions/reorder', { meetingId: target.id, ids: [...own].reverse() })
      else if (action === 2 && own.length > 0)
        await call(app, 'decisions/save', { id: own[0]!, meetingId: target.id, agendaItemId: null, text: 'Remarque', note: next(2) === 0 })
      else await decide(app, target.id, `Décision ${step}`)
      const stored = register()
      refreshDecisionNumbers(db)
      expect(register(), `step ${step}`).toEqual(stored)
    }
    expect(db.prepare('SELECT count(*) FROM decision_register WHERE seq IS NOT NULL').pluck().get() as number).toBeGreaterThan(10)
  })

  it('keeps the numbers of an adopted meeting when an earlier draft gains a decision', async () => {
    const app = startTestServices()
    const copil = insertCommittee(app)
    const march = await meeting(app, copil, '2020-03-02')
    const july = await meeting(app, copil, '2020-07-15')
    await decide(app, march.id, 'Mars A')
    await decide(app, july.id, 'Juillet A')
    await decide(app, july.id, 'Juillet B')
    expect(await numbers(app)).toEqual(['D-2020-002 Juillet A', 'D-2020-003 Juillet B', 'D-2020-001 Mars A'])

    // What the adoption's write does (releve/adopt): the status, then the numbers frozen in the same transaction.
    app.ctx.db.prepare("UPDATE meetings SET status = 'adopte' WHERE id = ?").run(july.id)
    refreshDecisionNumbers(app.ctx.db)
    const adopted = (await call(app, 'decisions/register', { filter: { meetingId: july.id } })).rows
    expect(adopted.map((d) => [d.number, d.frozen])).toEqual([
      ['D-2020-002', true],
      ['D-2020-003', true],
    ])

    // Two more decisions in March: they take the next free numbers; July's never change.
    await decide(app, march.id, 'Mars B')
    await decide(app, march.id, 'Mars C')
    expect(await numbers(app)).toEqual([
      'D-2020-002 Juillet A',
      'D-2020-003 Juillet B',
      'D-2020-001 Mars A',
      'D-2020-004 Mars B',
      'D-2020-005 Mars C',
    ])
    // Deleting a draft decision renumbers the drafts only.
    const marchA = (await call(app, 'decisions/register', { filter: { meetingId: march.id } })).rows[0]!
    await call(app, 'decisions/delete', { id: marchA.id })
    expect(await numbers(app)).toEqual([
      'D-2020-002 Juillet A',
      'D-2020-003 Juillet B',
      'D-2020-001 Mars B',
      'D-2020-004 Mars C',
    ])
  })

  it('sets a status and links engagements, filters by them, and refuses an unknown engagement in French without writing', async () => {
    const app = startTestServices()
    const copil = insertCommittee(app)
    const july = await meeting(app, copil, '2020-07-15')
    const item = await call(app, 'agenda/save', {
      meetingId: july.id,
      title: 'Avancement du PAN',
      decisionsHeading: 'PAN',
    })
    const a = await decide(app, july.id, 'Accélérer la mise en œuvre pendant la période de confinement', item.id)
    const b = await decide(app, july.id, 'Préparer le 2e PAN')
    const plan = await buildPlan(app, [[[{}], [{}]]])
    const [e1, e2] = plan.axes[0]!.engagements

    const done = await call(app, 'decisions/setStatus', { id: a.id, status: 'realisee' })
    expect(done).toMatchObject({ status: 'realisee', number: 'D-2020-001', agendaItem: { id: item.id, title: 'PAN' } })
    const linked = await call(app, 'decisions/setEngagements', { id: b.id, engagementIds: [e2!.id, e1!.id] })
    expect(linked.engagements.map((e) => e.number)).toEqual([1, 2])

    expect((await call(app, 'decisions/register', { filter: { status: 'realisee' } })).rows.map((d) => d.id)).toEqual([
      a.id,
    ])
    expect((await call(app, 'decisions/register', { filter: { engagementId: e1!.id } })).rows.map((d) => d.id)).toEqual(
      [b.id],
    )
    expect((await call(app, 'decisions/register', { filter: { status: 'abandonnee' } })).total).toBe(0)

    const before = snapshotCounts(app)
    const error = await refused(app, 'decisions/setEngagements', { id: b.id, engagementIds: [e1!.id, 999_999] })
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Engagement introuvable : il a peut-être été supprimé.' })
    expect(snapshotCounts(app)).toEqual(before)
    expect((await call(app, 'decisions/register', { filter: { engagementId: e2!.id } })).rows.map((d) => d.id)).toEqual(
      [b.id],
    )
    const reversed = await refused(app, 'decisions/register', { filter: { from: '2020-12-31', to: '2020-01-01' } })
    expect(reversed.message).toContain('La fin de la période précède son début.')
  })
})
