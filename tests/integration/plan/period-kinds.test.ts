// The plan overview with the planned periods of issue 15: deadlines, sets, fortnights, a year
// taken from the meeting's date, and texts stored unread by an older version.
import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { buildPlan, call, insertCommittee, insertMeeting } from './helpers'

describe('the plan overview reads deadlines, sets and the other new kinds', () => {
  it('counts a passed deadline as late, a set as late only once its last part is over', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [
      [
        [{ baseline: 'jusqu’à fin 2020' }],
        [{ baseline: 'Mars et novembre 2020' }],
        [{ baseline: '2ème quinzaine de septembre 2020' }],
        [{ baseline: 'dès que possible' }],
      ],
    ])
    const engagements = async (date: string) =>
      (await call(app, 'plans/overview', { planId: built.planId, asOf: { date } })).axes[0]!.engagements
    const october = await engagements('2020-10-01')
    expect(october.map((e) => [e.late, e.maxDaysLate, e.toClarifyCount])).toEqual([
      [false, null, 0],
      [false, null, 0],
      // The second fortnight of September ended on the 30th.
      [true, 1, 0],
      [false, null, 1],
    ])
    const january = await engagements('2021-01-05')
    expect(january.map((e) => [e.late, e.maxDaysLate])).toEqual([
      [true, 5],
      // 30 November → 5 January
      [true, 36],
      [true, 97],
      [false, null],
    ])
    const overview = await call(app, 'plans/overview', { planId: built.planId, asOf: { date: '2021-01-05' } })
    expect(overview.headline).toMatchObject({ lateActivityCount: 3, toClarifyCount: 1 })
  })

  it('measures the slip of a deadline on its end and reads a yearless replan with the meeting’s year', async () => {
    const app = startTestServices()
    const committeeId = insertCommittee(app)
    const july = insertMeeting(app, committeeId, ['2020-07-15'], 'COPIL du 15 juillet 2020')
    const built = await buildPlan(app, [[[{ baseline: 'au plus tard fin septembre 2020' }], [{ baseline: 'novembre 2020' }]]], { committeeId })
    const [e1, e2] = built.axes[0]!.engagements
    const first = await call(app, 'replans/create', { activityId: e1!.activities[0]!, meetingId: july, newText: 'avant le 15 décembre' })
    expect(first).toMatchObject({
      previous: { formatted: 'au plus tard fin septembre 2020', start: null, end: '2020-09-30' },
      next: { formatted: 'avant le 15 décembre 2020', kind: 'deadline', start: null, end: '2020-12-14' },
      slipDays: 75,
    })
    // A yearless month before the meeting's month, less than six months back, stays in its year.
    const second = await call(app, 'replans/create', { activityId: e2!.activities[0]!, meetingId: july, newText: 'janvier-février' })
    expect(second.next).toMatchObject({ formatted: 'janvier-février 2021', start: '2021-01-01', end: '2021-02-28' })
    const overview = await call(app, 'plans/overview', { planId: built.planId, asOf: { date: '2020-12-31' } })
    expect(overview.axes[0]!.engagements.map((e) => [e.slipDays, e.late, e.maxDaysLate])).toEqual([
      [75, true, 17],
      // 30 November 2020 → 28 February 2021
      [90, false, null],
    ])
  })

  it('reads again a text an older version stored unread, without rewriting it', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{ baseline: 'novembre 2020' }]]])
    const activityId = built.axes[0]!.engagements[0]!.activities[0]!
    const db = app.ctx.db
    db.prepare('UPDATE activities SET baseline_text = ?, baseline_period = NULL WHERE id = ?').run('jusqu’au mois de décembre 2020', activityId)
    const overview = await call(app, 'plans/overview', { planId: built.planId, asOf: { date: '2021-01-05' } })
    expect(overview.headline).toMatchObject({ toClarifyCount: 0, lateActivityCount: 1 })
    const detail = await call(app, 'engagements/get', { id: built.axes[0]!.engagements[0]!.id })
    expect(detail.activities[0]!.baseline).toMatchObject({ text: 'jusqu’au mois de décembre 2020', formatted: 'au plus tard en décembre 2020', parsed: true })
    expect(db.prepare('SELECT baseline_text, baseline_period FROM activities WHERE id = ?').get(activityId)).toEqual({
      baseline_text: 'jusqu’au mois de décembre 2020',
      baseline_period: null,
    })
  })

  it('still reads periods stored in the JSON shape of earlier versions', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{ baseline: 'x' }, { baseline: 'y' }, { baseline: 'z' }]]])
    const [a, b, c] = built.axes[0]!.engagements[0]!.activities
    const db = app.ctx.db
    const store = db.prepare('UPDATE activities SET baseline_text = ?, baseline_period = ? WHERE id = ?')
    store.run('3ème & 4ème semaine de septembre 2020', '{"kind":"weeks","year":2020,"month":9,"weeks":[3,4]}', a)
    store.run('pas de visibilité', '{"kind":"tbd"}', b)
    store.run('Septembre – novembre 2020', '{"kind":"months","year":2020,"fromMonth":9,"toMonth":11}', c)
    const detail = await call(app, 'engagements/get', { id: built.axes[0]!.engagements[0]!.id })
    expect(detail.activities.map((x) => x.baseline.formatted)).toEqual([
      '3e et 4e semaines de septembre 2020',
      'à déterminer',
      'septembre-novembre 2020',
    ])
  })
})
