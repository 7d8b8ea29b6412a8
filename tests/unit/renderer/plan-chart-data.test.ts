import { describe, expect, it } from 'vitest'
import type { ProgressPoint } from '../../../shared/domain/plan'
import { chartRows, timeDomain } from '../../../renderer/screens/plan/engagement/chart-data'
import { shortDate, slipText } from '../../../renderer/screens/plan/parts/format'

function point(date: string, percent: number, meeting: string | null = null): ProgressPoint {
  return { date, percent, band: 'limite', source: 'activities', meeting: meeting === null ? null : { id: 1, title: meeting, date } }
}

describe('progress chart rows', () => {
  it('keeps each series at its latest value after a report and leaves it empty before its first one', () => {
    const rows = chartRows([
      { key: 'engagement', history: [point('2020-07-15', 40, 'COPIL de juillet'), point('2020-10-14', 55)] },
      { key: 'a1', history: [point('2020-10-14', 80)] },
    ])
    expect(rows.map((r) => [r.date, r.engagement, r.a1])).toEqual([
      ['2020-07-15', 40, null],
      ['2020-10-14', 55, 80],
    ])
    expect(rows[0]?.meetingTitle).toBe('COPIL de juillet')
  })

  it('widens the time axis around a single report so that its point is not drawn on the edge', () => {
    const rows = chartRows([{ key: 'engagement', history: [point('2020-07-15', 40)] }])
    const [from, to] = timeDomain(rows)
    expect(from).toBeLessThan(rows[0]?.t ?? 0)
    expect(to).toBeGreaterThan(rows[0]?.t ?? 0)
  })
})

describe('plan screen wording', () => {
  it('writes slips signed, in French, with the plural only from two days', async () => {
    const i18n = (await import('i18next')).default.createInstance()
    await i18n.init({ lng: 'fr', resources: { fr: { translation: (await import('../../../shared/i18n/fr')).fr } } })
    expect(slipText(i18n.t, 61)).toBe('+61 jours')
    expect(slipText(i18n.t, -30)).toBe('−30 jours')
    expect(slipText(i18n.t, 1)).toBe('+1 jour')
    expect(slipText(i18n.t, 0)).toBe('0 jour')
    expect(shortDate('2020-07-15')).toBe('15 juil. 2020')
  })
})
