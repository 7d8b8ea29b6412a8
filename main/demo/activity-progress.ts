/**
 * The example's activity figures, consistent with the figure its meeting declared for each
 * engagement as a whole. The relevé gives only the engagement's figure; the activities get figures
 * whose plain mean (every example activity weighs 1) is exactly that figure, the activities the
 * meeting had to replan or cancel being behind the others: they are what remains to be done.
 */

export interface ActivityToSpread {
  number: number
  /** Replanned, depending on others, without visibility, or cancelled at the meeting. */
  behind: boolean
}

/** Share of an activity on time that an activity behind has done, before the 100 % cap. */
const BEHIND_SHARE = 0.5

/**
 * Whole percentages, one per activity, whose sum is `percent` × their count (so their mean is the
 * engagement's figure), none above 100; activities behind get half of what the others get unless
 * the others are all done.
 */
export function spreadEngagementProgress(
  percent: number,
  activities: readonly ActivityToSpread[],
): Map<number, number> {
  const result = new Map<number, number>()
  if (activities.length === 0) return result
  const total = Math.round(percent) * activities.length
  const behind = activities.filter((a) => a.behind).length
  const onTime = activities.length - behind
  // on time: x each, behind: x/2 each, x capped at 100 (then the behind ones share the rest).
  let onTimeShare = Math.min(100, total / (onTime + BEHIND_SHARE * behind))
  let behindShare = behind === 0 ? 0 : Math.min(100, (total - onTimeShare * onTime) / behind)
  if (onTime === 0) {
    onTimeShare = 0
    behindShare = total / behind
  }
  const exact = activities.map((a) => (a.behind ? behindShare : onTimeShare))
  const whole = exact.map(Math.floor)
  // Largest remainders first, so the whole figures add up to the total exactly.
  let missing = total - whole.reduce((sum, v) => sum + v, 0)
  const order = exact.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (missing <= 0) break
    if ((whole[i] ?? 100) < 100) {
      whole[i] = (whole[i] ?? 0) + 1
      missing -= 1
    }
  }
  activities.forEach((a, i) => result.set(a.number, whole[i] ?? 0))
  return result
}
