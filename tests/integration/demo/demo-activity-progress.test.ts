import { describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import { progressBand } from '../../../shared/plan/progress'
import { startTestServices } from '../../helpers/services'

type App = ReturnType<typeof startTestServices>

async function call<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

/**
 * The relevé declares whole percentages per engagement; the screens show whole percentages. An
 * activities' mean within half a point of the declared figure is shown as that very figure, so the
 * engagement reads the same whether its figure is declared or computed from its activities.
 */
const TOLERANCE = 0.5

describe('the example’s activities agree with their engagement’s figure', () => {
  it('every engagement’s declared figure is its activities’ weighted mean, within half a point, in the same band', async () => {
    const app = startTestServices()
    const { planId } = await call(app, 'demo/load', {})
    const overview = await call(app, 'plans/overview', { planId })
    const engagements = overview.axes.flatMap((a) => a.engagements)
    expect(engagements).toHaveLength(18)
    const disagreements: string[] = []
    for (const summary of engagements) {
      const detail = await call(app, 'engagements/get', { id: summary.id })
      // The meeting's own figure still stands for the engagement.
      expect(detail.source).toBe('declared')
      const weight = detail.activities.reduce((s, a) => s + a.weight, 0)
      const mean = detail.activities.reduce((s, a) => s + a.weight * a.percent, 0) / weight
      if (Math.abs(mean - detail.percent) > TOLERANCE || progressBand(mean) !== detail.band)
        disagreements.push(`engagement ${summary.number}: ${detail.percent} % déclaré, activités ${mean.toFixed(1)} %`)
      // An engagement well under way has activities under way too.
      if (detail.percent >= 60) expect(detail.activities.some((a) => a.band !== 'non_commence')).toBe(true)
      if (detail.percent === 100) expect(detail.activities.every((a) => a.band === 'termine')).toBe(true)
    }
    expect(disagreements).toEqual([])
  })
})
