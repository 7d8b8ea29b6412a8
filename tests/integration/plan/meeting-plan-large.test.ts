/**
 * The plan section of a meeting on a generated plan with years of reports and replans: the outline
 * (computed from ids, weights and the latest figures only) and each engagement read alone (from that
 * engagement's rows only) say exactly what the whole section says. The outline's time is printed for
 * the record, never asserted (timings are the bench's).
 */
import { performance } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { generateTenYears } from '../../../main/bench/generate'
import { startTestServices } from '../../helpers/services'
import { call } from './helpers'

const SIZE = {
  meetings: 40,
  decisionsPerMeeting: 2,
  engagements: 24,
  activitiesPerEngagement: 8,
  people: 60,
  discussionBytes: 200,
}

describe('the plan section of a meeting on a large plan', () => {
  it('gives summary lines and single engagements equal to the whole section, with this meeting’s entries and replans', async () => {
    const app = startTestServices()
    const { meetingIds } = generateTenYears(app.ctx.db, 11, SIZE)
    // A meeting late in the last plan's span (the generator writes three successive plans): earlier
    // reports of the same plan exist before it, and later meetings after it.
    const meetingId = meetingIds[meetingIds.length - 4] ?? 0
    const first = await call(app, 'meetingPlan/outline', { meetingId })
    const [e1, e2, e3] = first.engagements
    if (e1 === undefined || e2 === undefined || e3 === undefined)
      throw new Error('the generated plan has no engagements')
    await call(app, 'meetingPlan/saveEngagement', {
      meetingId,
      engagementId: e1.engagementId,
      percent: 35,
      narrative: 'Atelier tenu',
      replanning: '',
    })
    await call(app, 'meetingPlan/saveEngagement', {
      meetingId,
      engagementId: e2.engagementId,
      percent: null,
      narrative: 'En cours',
      replanning: 'T4',
    })
    const opened = await call(app, 'meetingPlan/engagement', { meetingId, engagementId: e3.engagementId })
    // The first activity not replanned again at a later meeting (those refuse a replan from here).
    let replanned = false
    for (const activity of opened.activities) {
      const result = await app.dispatcher.dispatch('meetingPlan/replanActivity', {
        meetingId,
        activityId: activity.id,
        text: 'décembre 2031',
        reason: 'Retard du prestataire',
      })
      if (result.ok) {
        replanned = true
        break
      }
      expect(result.error.code).toBe('CONFLICT')
    }
    expect(replanned).toBe(true)

    const whole = await call(app, 'meetingPlan/get', { meetingId })
    const start = performance.now()
    const outline = await call(app, 'meetingPlan/outline', { meetingId })
    console.log(
      `meetingPlan/outline, ${outline.engagements.length} engagements: ${(performance.now() - start).toFixed(1)} ms`,
    )

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
    // The case the test is about is present: this meeting's own lines, copied ones, and its replan.
    const origins = new Set(outline.engagements.map((e) => e.origin))
    expect(origins).toContain('this_meeting')
    expect(origins).toContain('previous')
    expect(outline.engagements.find((e) => e.engagementId === e3.engagementId)?.replannedHere).toBe(1)
    expect(outline.engagements.find((e) => e.engagementId === e1.engagementId)).toMatchObject({
      origin: 'this_meeting',
      entryPercent: 35,
    })

    for (const line of whole.engagements.slice(0, 6)) {
      expect(await call(app, 'meetingPlan/engagement', { meetingId, engagementId: line.engagementId })).toEqual(line)
    }
  })
})
