import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { computeStoredPlanProgress, loadPlanProgress } from '../../../main/services/plan-progress'

describe('plan progress from ids and weights only', () => {
  it('gives exactly the figures of the full computation, now and as of a date', async () => {
    const app = startTestServices()
    const loaded = await app.dispatcher.dispatch('demo/load', {})
    expect(loaded.ok).toBe(true)
    const planId = loaded.ok ? (loaded.value as { planId: number }).planId : 0
    expect(computeStoredPlanProgress(app.ctx.db, planId)).toEqual(loadPlanProgress(app.ctx.db, planId).progress)
    expect(computeStoredPlanProgress(app.ctx.db, planId, '2020-01-01')).toEqual(loadPlanProgress(app.ctx.db, planId, '2020-01-01').progress)
  })
})
