import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { buildPlan, call, insertCommittee, insertMeeting, refused } from './helpers'

async function setup() {
  const app = startTestServices()
  const committeeId = insertCommittee(app, 'Comité de pilotage du Gouvernement Ouvert')
  const may = insertMeeting(app, committeeId, ['2020-05-20'], 'COPIL de mai 2020')
  const july = insertMeeting(app, committeeId, ['2020-07-15', '2020-07-16'], 'COPIL du 15 juillet 2020')
  const built = await buildPlan(app, [[[{ baseline: 'septembre 2020' }, {}], [{}]]], { committeeId })
  return { app, committeeId, may, july, built, e1: built.axes[0]!.engagements[0]!, e2: built.axes[0]!.engagements[1]! }
}

describe('« État d’avancement du plan » in a meeting', () => {
  it('pre-fills each engagement from the previous meeting, then keeps this meeting’s own line', async () => {
    const { app, may, july, built, e1, e2 } = await setup()
    await call(app, 'meetingPlan/saveEngagement', {
      meetingId: may,
      engagementId: e1.id,
      percent: 70,
      narrative: 'Pas d’avancement depuis la dernière réunion.',
      replanning: 'Mise en œuvre du plan de formation : 19-27 octobre 2020',
    })
    const view = await call(app, 'meetingPlan/get', { meetingId: july })
    expect(view.plan?.id).toBe(built.planId)
    expect(view.meeting).toMatchObject({ id: july, date: '2020-07-15' })
    const line = view.engagements.find((e) => e.engagementId === e1.id)!
    expect(line).toMatchObject({
      origin: 'previous',
      previousMeeting: { id: may, title: 'COPIL de mai 2020' },
      previousDate: '2020-05-20',
      entry: {
        reportId: null,
        percent: 70,
        narrative: 'Pas d’avancement depuis la dernière réunion.',
        replanning: 'Mise en œuvre du plan de formation : 19-27 octobre 2020',
      },
      currentPercent: 70,
      currentBand: 'important',
    })
    expect(line.activities.map((a) => a.current.formatted)).toEqual(['septembre 2020', ''])
    expect(view.engagements.find((e) => e.engagementId === e2.id)).toMatchObject({ origin: 'empty', entry: { percent: null, narrative: '' } })

    const saved = await call(app, 'meetingPlan/saveEngagement', {
      meetingId: july,
      engagementId: e1.id,
      percent: 72,
      narrative: 'Rapport OpenData livré',
      replanning: 'Nouveau planning non encore communiqué',
    })
    expect(saved).toMatchObject({ origin: 'this_meeting', entry: { percent: 72, narrative: 'Rapport OpenData livré' } })
    expect(saved.entry.reportId).toEqual(expect.any(Number))
    // Saving again updates the same report: one line per engagement and meeting.
    await call(app, 'meetingPlan/saveEngagement', { meetingId: july, engagementId: e1.id, percent: 73, narrative: 'Rapport OpenData livré', replanning: '' })
    const rows = app.ctx.db.prepare('SELECT meeting_id, date, percent FROM progress_reports WHERE engagement_id = ? ORDER BY id').all(e1.id)
    expect(rows).toEqual([
      { meeting_id: may, date: '2020-05-20', percent: 70 },
      { meeting_id: july, date: '2020-07-15', percent: 73 },
    ])
    const overview = await call(app, 'plans/overview', { planId: built.planId })
    expect(overview.axes[0]!.engagements[0]).toMatchObject({ percent: 73, source: 'declared', latestNarrative: 'Rapport OpenData livré' })
  })

  it('records a replan decided by the meeting when a planned date is edited there, and corrects it in place', async () => {
    const { app, july, e1 } = await setup()
    const activityId = e1.activities[0]!
    const edited = await call(app, 'meetingPlan/replanActivity', { meetingId: july, activityId, text: '19-27 octobre 2020', reason: 'Pandémie' })
    expect(edited).toMatchObject({
      id: activityId,
      current: { formatted: '19-27 octobre 2020' },
      replanCount: 1,
      replanHere: { meeting: { id: july }, date: '2020-07-15', previous: { formatted: 'septembre 2020' }, kind: 'replanifiee', reason: 'Pandémie', slipDays: 27 },
    })
    const corrected = await call(app, 'meetingPlan/replanActivity', { meetingId: july, activityId, text: 'novembre 2020', reason: 'Pandémie' })
    expect(corrected.replanCount).toBe(1)
    expect(corrected.replanHere).toMatchObject({ id: edited.replanHere!.id, previous: { formatted: 'septembre 2020' }, next: { formatted: 'novembre 2020' } })
    const listed = await call(app, 'replans/list', { meetingId: july })
    expect(listed).toHaveLength(1)
    // Typing the previous period again withdraws this meeting's decision.
    const reverted = await call(app, 'meetingPlan/replanActivity', { meetingId: july, activityId, text: 'Septembre 2020', reason: '' })
    expect(reverted).toMatchObject({ replanHere: null, replanCount: 0, current: { formatted: 'septembre 2020' } })
  })

  it('refuses to correct a meeting’s decision once a later meeting replanned the activity', async () => {
    const { app, may, july, e1 } = await setup()
    const activityId = e1.activities[0]!
    await call(app, 'meetingPlan/replanActivity', { meetingId: may, activityId, text: 'octobre 2020', reason: '' })
    await call(app, 'meetingPlan/replanActivity', { meetingId: july, activityId, text: 'décembre 2020', reason: '' })
    const before = snapshotCounts(app)
    const error = await refused(app, 'meetingPlan/replanActivity', { meetingId: may, activityId, text: 'novembre 2020', reason: '' })
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/replanifiée depuis cette réunion/) })
    expect(snapshotCounts(app)).toEqual(before)
    const mayView = await call(app, 'meetingPlan/get', { meetingId: may })
    expect(mayView.engagements[0]!.activities[0]!.current.formatted).toBe('octobre 2020')
  })

  it('without a percentage keeps the computed figure; without anything removes the meeting’s line', async () => {
    const { app, july, e1 } = await setup()
    await call(app, 'progress/report', { activityId: e1.activities[0]!, date: '2020-06-01', percent: 60 })
    const saved = await call(app, 'meetingPlan/saveEngagement', { meetingId: july, engagementId: e1.id, percent: null, narrative: 'Formation reportée', replanning: '' })
    expect(saved).toMatchObject({ origin: 'this_meeting', currentPercent: 30, entry: { percent: 30, narrative: 'Formation reportée' } })
    const cleared = await call(app, 'meetingPlan/saveEngagement', { meetingId: july, engagementId: e1.id, percent: null, narrative: '', replanning: '' })
    expect(cleared).toMatchObject({ origin: 'empty', entry: { reportId: null } })
    expect(app.ctx.db.prepare('SELECT count(*) FROM progress_reports WHERE engagement_id = ?').pluck().get(e1.id)).toBe(0)
  })

  it('follows the committee’s plan, else the most recent plan, and says so when there is none', async () => {
    const app = startTestServices()
    const committeeId = insertCommittee(app)
    const other = insertCommittee(app)
    const meeting = insertMeeting(app, other, ['2021-01-10'])
    expect(await call(app, 'meetingPlan/get', { meetingId: meeting })).toMatchObject({ plan: null, engagements: [] })
    const own = await buildPlan(app, [[[{}]]], { committeeId, title: 'Plan du comité' })
    expect((await call(app, 'meetingPlan/get', { meetingId: meeting })).plan?.id).toBe(own.planId)
    const mine = await buildPlan(app, [[[{}]]], { committeeId: other, title: 'Plan de l’autre comité' })
    await buildPlan(app, [[[{}]]], { committeeId, title: 'Plan plus récent' })
    expect((await call(app, 'meetingPlan/get', { meetingId: meeting })).plan?.id).toBe(mine.planId)
    expect(await refused(app, 'meetingPlan/get', { meetingId: 999 })).toMatchObject({ code: 'NOT_FOUND', message: 'Réunion introuvable.' })
  })

  it('gives the section as summary lines first, then one engagement with its activities, as the whole section says', async () => {
    const { app, may, july, e1, e2 } = await setup()
    await call(app, 'meetingPlan/saveEngagement', { meetingId: may, engagementId: e1.id, percent: 70, narrative: 'Formation lancée', replanning: '' })
    await call(app, 'meetingPlan/saveEngagement', { meetingId: july, engagementId: e2.id, percent: 40, narrative: 'Portail en test', replanning: '' })
    await call(app, 'meetingPlan/replanActivity', { meetingId: july, activityId: e1.activities[0]!, text: 'décembre 2020', reason: '' })
    const whole = await call(app, 'meetingPlan/get', { meetingId: july })
    const outline = await call(app, 'meetingPlan/outline', { meetingId: july })
    expect(outline.plan).toEqual(whole.plan)
    expect(outline.meeting).toEqual(whole.meeting)
    expect(outline.engagements).toEqual(
      whole.engagements.map((e) => ({
        engagementId: e.engagementId,
        number: e.number,
        title: e.title,
        axis: e.axis,
        currentPercent: e.currentPercent,
        currentBand: e.currentBand,
        entryPercent: e.entry.percent,
        origin: e.origin,
        previousDate: e.previousDate,
        activityCount: e.activities.length,
        replannedHere: e.activities.filter((a) => a.replanHere !== null).length,
      })),
    )
    expect(outline.engagements.map((e) => [e.origin, e.entryPercent, e.replannedHere])).toEqual([
      ['previous', 70, 1],
      ['this_meeting', 40, 0],
    ])
    for (const line of whole.engagements) {
      expect(await call(app, 'meetingPlan/engagement', { meetingId: july, engagementId: line.engagementId })).toEqual(line)
    }
  })

  it('refuses an unknown engagement or meeting for one engagement’s line, in French, changing nothing', async () => {
    const { app, july, e1 } = await setup()
    const before = snapshotCounts(app)
    expect(await refused(app, 'meetingPlan/engagement', { meetingId: july, engagementId: 999 })).toMatchObject({ code: 'NOT_FOUND', message: 'Engagement introuvable.' })
    expect(await refused(app, 'meetingPlan/engagement', { meetingId: 999, engagementId: e1.id })).toMatchObject({ code: 'NOT_FOUND', message: 'Réunion introuvable.' })
    expect(await refused(app, 'meetingPlan/outline', { meetingId: 999 })).toMatchObject({ code: 'NOT_FOUND', message: 'Réunion introuvable.' })
    expect(await refused(app, 'meetingPlan/engagement', { meetingId: july, engagementId: -1 } as never)).toMatchObject({ code: 'INVALID_INPUT' })
    expect(snapshotCounts(app)).toEqual(before)
  })
})
