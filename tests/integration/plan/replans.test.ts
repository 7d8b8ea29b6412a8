import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { buildPlan, call, insertCommittee, insertMeeting, refused } from './helpers'

describe('replanning is recorded, never overwritten', () => {
  it('keeps the baseline and two revisions; the current period is the latest; slips are in days', async () => {
    const app = startTestServices()
    const committeeId = insertCommittee(app)
    const may = insertMeeting(app, committeeId, ['2020-05-20'], 'COPIL de mai 2020')
    const july = insertMeeting(app, committeeId, ['2020-07-15'], 'COPIL du 15 juillet 2020')
    const built = await buildPlan(app, [[[{ baseline: 'juin 2020' }]]], { committeeId })
    const activityId = built.axes[0]!.engagements[0]!.activities[0]!

    const first = await call(app, 'replans/create', { activityId, meetingId: may, newText: 'fin juillet 2020', reason: 'Confinement' })
    expect(first).toMatchObject({
      date: '2020-05-20',
      meeting: { id: may, title: 'COPIL de mai 2020', date: '2020-05-20' },
      previous: { text: 'juin 2020', formatted: 'juin 2020' },
      next: { text: 'fin juillet 2020', formatted: 'fin juillet 2020', start: '2020-07-21', end: '2020-07-31' },
      // 30 June → 31 July
      slipDays: 31,
      kind: 'replanifiee',
      reason: 'Confinement',
    })
    const second = await call(app, 'replans/create', { activityId, meetingId: july, newText: '19-27 octobre 2020', reason: 'Formation reportée à cause de la pandémie.' })
    // 31 July → 27 October
    expect(second).toMatchObject({ previous: { formatted: 'fin juillet 2020' }, next: { formatted: '19-27 octobre 2020' }, slipDays: 88 })

    const detail = await call(app, 'engagements/get', { id: built.axes[0]!.engagements[0]!.id })
    const activity = detail.activities[0]!
    expect(activity.baseline.formatted).toBe('juin 2020')
    expect(activity.current.formatted).toBe('19-27 octobre 2020')
    expect(activity.replans.map((r) => [r.previous.formatted, r.next.formatted, r.meeting?.title, r.slipDays])).toEqual([
      ['juin 2020', 'fin juillet 2020', 'COPIL de mai 2020', 31],
      ['fin juillet 2020', '19-27 octobre 2020', 'COPIL du 15 juillet 2020', 88],
    ])
    expect(activity.replanCount).toBe(2)
    // 30 June → 27 October
    expect(activity.slipDays).toBe(119)
    expect(app.ctx.db.prepare('SELECT baseline_text FROM activities WHERE id = ?').pluck().get(activityId)).toBe('juin 2020')

    // As of the May meeting, only the first revision had been decided.
    const asOfMay = await call(app, 'engagements/get', { id: built.axes[0]!.engagements[0]!.id, asOf: { meetingId: may } })
    expect(asOfMay.activities[0]!.current.formatted).toBe('fin juillet 2020')
    expect(asOfMay.activities[0]!.replanCount).toBe(1)

    const overview = await call(app, 'plans/overview', { planId: built.planId, asOf: { date: '2020-12-01' } })
    expect(overview.headline).toMatchObject({ replanCount: 2, activitiesReplannedMoreThanOnce: 1, totalSlipDays: 119, slippedActivityCount: 1 })
    // Unfinished, and 27 October 2020 is 35 days before 1 December 2020.
    expect(overview.axes[0]!.engagements[0]).toMatchObject({ late: true, lateActivityCount: 1, maxDaysLate: 35, replanCount: 2 })
    expect(overview.headline.lateEngagementCount).toBe(1)
  })

  it('infers the kind from the new period and refuses an unchanged or backdated one', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{ baseline: 'octobre 2020' }, {}, {}]]])
    const [a, b, c] = built.axes[0]!.engagements[0]!.activities
    expect((await call(app, 'replans/create', { activityId: a!, date: '2020-07-15', newText: 'Annulée' })).kind).toBe('annulee')
    expect((await call(app, 'replans/create', { activityId: b!, date: '2020-07-15', newText: 'pas de visibilité pour les dates' })).kind).toBe(
      'sans_visibilite',
    )
    const third = await call(app, 'replans/create', { activityId: c!, date: '2020-07-15', newText: 'dépond du retour des 7 départements restants' })
    expect(third).toMatchObject({
      kind: 'depend_tiers',
      next: {
        parsed: true,
        toClarify: false,
        kind: 'tbd',
        text: 'dépond du retour des 7 départements restants',
        formatted: 'à déterminer (dépond du retour des 7 départements restants)',
      },
    })
    expect(await refused(app, 'replans/create', { activityId: c!, date: '2020-08-01', newText: 'Dépond du retour des 7 départements restants' })).toMatchObject({
      code: 'CONFLICT',
    })
    const backdated = await refused(app, 'replans/create', { activityId: a!, date: '2020-01-01', newText: 'mars 2021' })
    expect(backdated.message).toMatch(/plus récente/)
  })

  it('lists replans filtered by meeting, engagement and kind', async () => {
    const app = startTestServices()
    const committeeId = insertCommittee(app)
    const m1 = insertMeeting(app, committeeId, ['2020-05-20'])
    const m2 = insertMeeting(app, committeeId, ['2020-07-15'])
    const built = await buildPlan(app, [[[{}], [{}]]], { committeeId })
    const [e1, e2] = built.axes[0]!.engagements
    await call(app, 'replans/create', { activityId: e1!.activities[0]!, meetingId: m1, newText: 'septembre 2020' })
    await call(app, 'replans/create', { activityId: e1!.activities[0]!, meetingId: m2, newText: 'annulée' })
    await call(app, 'replans/create', { activityId: e2!.activities[0]!, meetingId: m2, newText: 'novembre 2020' })
    const all = await call(app, 'replans/list', {})
    expect(all).toHaveLength(3)
    expect(all[0]).toMatchObject({ engagement: { id: e1!.id, number: 1 }, activity: { number: 1 }, axis: { position: 1 }, planId: built.planId })
    expect((await call(app, 'replans/list', { meetingId: m2 })).map((r) => r.next.formatted)).toEqual(['annulée', 'novembre 2020'])
    expect(await call(app, 'replans/list', { engagementId: e2!.id })).toHaveLength(1)
    expect((await call(app, 'replans/list', { kind: 'annulee', planId: built.planId })).map((r) => r.meeting?.id)).toEqual([m2])
  })

  it('deletes only the latest replan of an activity, so the chain stays whole', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{ baseline: 'juin 2020' }]]])
    const activityId = built.axes[0]!.engagements[0]!.activities[0]!
    const first = await call(app, 'replans/create', { activityId, date: '2020-05-01', newText: 'juillet 2020' })
    const second = await call(app, 'replans/create', { activityId, date: '2020-06-01', newText: 'août 2020' })
    expect((await refused(app, 'replans/delete', { id: first.id })).code).toBe('CONFLICT')
    await call(app, 'replans/delete', { id: second.id })
    const detail = await call(app, 'engagements/get', { id: built.axes[0]!.engagements[0]!.id })
    expect(detail.activities[0]!.current.formatted).toBe('juillet 2020')
  })
})
