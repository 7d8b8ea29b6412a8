/**
 * Checks of a plan file that one field alone cannot make: numbers unique, every reference to an
 * axis, engagement or activity resolvable, replans of an activity in chronological order. Each
 * problem names its path (`engagements[3].axis`), in French.
 */
import type { z } from 'zod'
import { fr } from '../i18n/fr'

const f = fr.plan.format

interface CheckedFile {
  axes: readonly { number: number }[]
  engagements: readonly { number: number; axis: number; activities: readonly { number: number }[] }[]
  progress: readonly { engagement: number; activity?: number | undefined }[]
  replans: readonly { engagement: number; activity: number; date: string }[]
}

const fill = (message: string, values: Record<string, number | string>): string =>
  message.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''))

/** Adds one issue per broken rule; the schema's superRefine. */
export function checkReferences(file: CheckedFile, ctx: z.RefinementCtx): void {
  const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path })

  const axes = new Set<number>()
  file.axes.forEach((axis, i) => {
    if (axes.has(axis.number)) issue(fill(f.duplicateAxis, { number: axis.number }), ['axes', i, 'number'])
    axes.add(axis.number)
  })

  // Engagement number → its activity numbers.
  const engagements = new Map<number, Set<number>>()
  file.engagements.forEach((engagement, i) => {
    if (engagements.has(engagement.number)) issue(fill(f.duplicateEngagement, { number: engagement.number }), ['engagements', i, 'number'])
    if (!axes.has(engagement.axis)) issue(fill(f.unknownAxis, { number: engagement.axis }), ['engagements', i, 'axis'])
    const activities = new Set<number>()
    engagement.activities.forEach((activity, j) => {
      if (activities.has(activity.number)) {
        issue(fill(f.duplicateActivity, { number: activity.number }), ['engagements', i, 'activities', j, 'number'])
      }
      activities.add(activity.number)
    })
    if (!engagements.has(engagement.number)) engagements.set(engagement.number, activities)
  })

  const resolve = (list: 'progress' | 'replans', i: number, engagement: number, activity: number | undefined): boolean => {
    const activities = engagements.get(engagement)
    if (activities === undefined) {
      issue(fill(f.unknownEngagement, { number: engagement }), [list, i, 'engagement'])
      return false
    }
    if (activity !== undefined && !activities.has(activity)) {
      issue(fill(f.unknownActivity, { engagement, number: activity }), [list, i, 'activity'])
      return false
    }
    return true
  }
  file.progress.forEach((report, i) => resolve('progress', i, report.engagement, report.activity))

  // Each replan's « previous » is the period its predecessor set: the chain must read in order.
  const lastDate = new Map<string, string>()
  file.replans.forEach((replan, i) => {
    if (!resolve('replans', i, replan.engagement, replan.activity)) return
    const key = `${replan.engagement}/${replan.activity}`
    const before = lastDate.get(key)
    if (before !== undefined && replan.date < before) issue(f.replanOrder, ['replans', i, 'date'])
    lastDate.set(key, replan.date)
  })
}
