import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { buildPlan, call, insertCommittee, refused } from './helpers'

describe('plan structure through the channels', () => {
  it('creates a plan with ordered axes, numbered engagements and weighted activities', async () => {
    const app = startTestServices()
    const committeeId = insertCommittee(app, 'Comité de pilotage du Gouvernement Ouvert')
    const plan = await call(app, 'plans/save', { title: 'Plan d’action national 2018-2020', periodLabel: '2018-2020', committeeId })
    expect(plan).toMatchObject({ title: 'Plan d’action national 2018-2020', periodLabel: '2018-2020', committeeName: 'Comité de pilotage du Gouvernement Ouvert' })
    const a1 = await call(app, 'axes/save', { planId: plan.id, title: 'Accès à l’information' })
    const a2 = await call(app, 'axes/save', { planId: plan.id, title: 'Intégrité et lutte contre la corruption' })
    expect([a1.position, a2.position]).toEqual([1, 2])
    const engagement = await call(app, 'engagements/save', {
      axisId: a1.id,
      number: 3,
      title: 'Création des entités administratives chargées des archives',
      responsibleText: 'Archives du Maroc',
      projectLead: 'Mme Houda BOUIHI',
    })
    expect(engagement).toMatchObject({ planId: plan.id, number: 3, responsible: { organisationId: null, name: 'Archives du Maroc' } })
    const activity = await call(app, 'activities/save', {
      engagementId: engagement.id,
      number: 6,
      title: 'Mise en œuvre du plan de formation',
      baselineText: 'Septembre 2019',
    })
    expect(activity.weight).toBe(1)
    expect(activity.baseline).toMatchObject({ text: 'Septembre 2019', formatted: 'septembre 2019', parsed: true, toClarify: false, start: '2019-09-01', end: '2019-09-30' })

    const reordered = await call(app, 'axes/reorder', { planId: plan.id, ids: [a2.id, a1.id] })
    expect(reordered.map((a) => a.title)).toEqual(['Intégrité et lutte contre la corruption', 'Accès à l’information'])
    const list = await call(app, 'plans/list', {})
    expect(list).toEqual([expect.objectContaining({ id: plan.id, axisCount: 2, engagementCount: 1, activityCount: 1, percent: 0, band: 'non_commence' })])
  })

  it('keeps a planned period that does not parse as typed, flagged « à préciser »', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{ baseline: 'dès que possible après le ramadan' }]]])
    const detail = await call(app, 'engagements/get', { id: built.axes[0]!.engagements[0]!.id })
    expect(detail.activities[0]!.baseline).toEqual({
      text: 'dès que possible après le ramadan',
      formatted: 'dès que possible après le ramadan',
      parsed: false,
      toClarify: true,
      kind: null,
      start: null,
      end: null,
    })
  })

  it('refuses a second engagement with the same number, a non-positive weight and an unknown axis, in French, writing nothing', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{}]]])
    const axisId = built.axes[0]!.id
    const before = snapshotCounts(app)
    const duplicate = await refused(app, 'engagements/save', { axisId, number: 1, title: 'Doublon' })
    expect(duplicate).toMatchObject({ code: 'CONFLICT', message: 'Le plan a déjà un engagement n° 1.' })
    const weight = await refused(app, 'activities/save', {
      engagementId: built.axes[0]!.engagements[0]!.id,
      number: 2,
      title: 'Poids négatif',
      weight: -1,
    })
    expect(weight.code).toBe('INVALID_INPUT')
    expect(weight.fields).toEqual({ weight: 'doit être un nombre positif' })
    const axis = await refused(app, 'engagements/save', { axisId: 9999, number: 2, title: 'Sans axe' })
    expect(axis).toMatchObject({ code: 'NOT_FOUND', message: 'Axe introuvable dans ce plan.' })
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('refuses to delete what still holds data, and deletes what is empty', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{}]], []])
    const [full, empty] = built.axes
    const activityId = full!.engagements[0]!.activities[0]!
    await call(app, 'progress/report', { activityId, date: '2020-07-15', percent: 40 })
    expect((await refused(app, 'axes/delete', { id: full!.id })).code).toBe('CONFLICT')
    expect((await refused(app, 'engagements/delete', { id: full!.engagements[0]!.id })).code).toBe('CONFLICT')
    expect(await refused(app, 'activities/delete', { id: activityId })).toMatchObject({
      code: 'CONFLICT',
      message: 'Cette activité a des rapports d’avancement ou des replanifications : elle ne peut pas être supprimée.',
    })
    await call(app, 'axes/delete', { id: empty!.id })
    expect((await call(app, 'axes/list', { planId: built.planId })).map((a) => a.position)).toEqual([1])
    await call(app, 'plans/delete', { id: built.planId })
    expect(snapshotCounts(app)).toMatchObject({ plans: 0, axes: 0, engagements: 0, activities: 0, progress_reports: 0 })
  })

  it('lets the baseline change until the first replan, then only through a replan', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{ baseline: 'octobre 2020' }]]])
    const engagementId = built.axes[0]!.engagements[0]!.id
    const activityId = built.axes[0]!.engagements[0]!.activities[0]!
    const save = (baselineText: string) => ({ id: activityId, engagementId, number: 1, title: 'Activité', baselineText })
    expect((await call(app, 'activities/save', save('novembre 2020'))).baseline.formatted).toBe('novembre 2020')
    await call(app, 'replans/create', { activityId, newText: 'décembre 2020', date: '2020-10-01' })
    // The same period written differently is accepted and keeps the recorded text.
    expect((await call(app, 'activities/save', save('Novembre 2020'))).baseline.text).toBe('novembre 2020')
    const locked = await refused(app, 'activities/save', save('janvier 2021'))
    expect(locked.code).toBe('CONFLICT')
    expect(locked.message).toMatch(/planification initiale ne change plus/)
  })

  it('records progress reports with history: the latest is current', async () => {
    const app = startTestServices()
    const built = await buildPlan(app, [[[{}, { weight: 3 }]]])
    const [a, b] = built.axes[0]!.engagements[0]!.activities
    await call(app, 'progress/report', { activityId: a!, date: '2020-03-01', percent: 20, narrative: 'Démarrage' })
    await call(app, 'progress/report', { activityId: a!, date: '2020-06-01', percent: 80, narrative: 'Presque fini', difficulties: 'Confinement' })
    await call(app, 'progress/report', { activityId: b!, date: '2020-05-01', percent: 40 })
    const detail = await call(app, 'engagements/get', { id: built.axes[0]!.engagements[0]!.id })
    // (80 × 1 + 40 × 3) / 4 = 50
    expect(detail.percent).toBe(50)
    expect(detail.source).toBe('activities')
    expect(detail.activities[0]!.reports.map((r) => r.percent)).toEqual([20, 80])
    expect(detail.activities[0]!.latestReport).toMatchObject({ percent: 80, narrative: 'Presque fini', difficulties: 'Confinement' })
    expect(detail.history.map((p) => [p.date, p.percent])).toEqual([
      ['2020-03-01', 5],
      ['2020-05-01', 35],
      ['2020-06-01', 50],
    ])
    expect(detail.activities[0]!.history.map((p) => p.percent)).toEqual([20, 80])
    const both = await refused(app, 'progress/report', { activityId: a!, engagementId: built.axes[0]!.engagements[0]!.id, date: '2020-06-01', percent: 1 })
    expect(both.code).toBe('INVALID_INPUT')
  })
})
