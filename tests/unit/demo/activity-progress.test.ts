import { describe, expect, it } from 'vitest'
import { spreadEngagementProgress } from '../../../main/demo/activity-progress'

const activities = (count: number, behind: number[] = []) =>
  Array.from({ length: count }, (_, i) => ({ number: i + 1, behind: behind.includes(i + 1) }))
const mean = (figures: Map<number, number>) => [...figures.values()].reduce((s, v) => s + v, 0) / figures.size

describe('the example activities’ figures under an engagement’s declared figure', () => {
  it('average exactly to the engagement’s figure, whole percentages between 0 and 100', () => {
    for (const percent of [0, 14, 24, 26, 48, 63, 70, 72, 83, 88, 89, 93, 98, 100]) {
      for (const count of [1, 2, 3, 4, 5, 7, 8]) {
        for (const behind of [[], [1], [2, 3], Array.from({ length: count }, (_, i) => i + 1)]) {
          const figures = spreadEngagementProgress(percent, activities(count, behind))
          expect(figures.size).toBe(count)
          expect(mean(figures)).toBe(percent)
          for (const v of figures.values()) {
            expect(Number.isInteger(v)).toBe(true)
            expect(v).toBeGreaterThanOrEqual(0)
            expect(v).toBeLessThanOrEqual(100)
          }
        }
      }
    }
  })

  it('puts the activities the meeting replanned or cancelled behind the others', () => {
    // Engagement 3 of the example: 70 %, activities 4, 6 and 7 replanned.
    const three = spreadEngagementProgress(70, activities(7, [4, 6, 7]))
    const onTime = [1, 2, 3, 5].map((n) => three.get(n) ?? -1)
    const behind = [4, 6, 7].map((n) => three.get(n) ?? -1)
    expect(Math.min(...onTime)).toBeGreaterThan(Math.max(...behind))
    // 490 points: the four on time at 89 or 90, the three behind near half of that.
    for (const v of onTime) expect(v).toBeGreaterThanOrEqual(89)
    for (const v of behind) expect(Math.abs(v - 44.5)).toBeLessThanOrEqual(1)
    // Engagement 11: 98 %, activity 4 cancelled; the others are done.
    expect([...spreadEngagementProgress(98, activities(5, [4])).values()]).toEqual([100, 100, 100, 90, 100])
  })

  it('gives every activity 100 % under a finished engagement, replanned or not', () => {
    expect([...spreadEngagementProgress(100, activities(3, [1])).values()]).toEqual([100, 100, 100])
  })
})
