import type { HandlerTable } from '../dispatcher'
import { isDatabaseEmpty } from '../../demo/database-state'
import { loadDemoIntoEmptyDatabase } from '../../demo/load-demo'
import { hasStartedEmpty, rememberStartedEmpty } from '../../services/settings'

export const demoHandlers: Pick<HandlerTable, 'demo/status' | 'demo/startEmpty' | 'demo/load'> = {
  'demo/status': (_input, ctx) => ({
    empty: isDatabaseEmpty(ctx.db),
    startedEmpty: hasStartedEmpty(ctx.db),
  }),
  'demo/startEmpty': (_input, ctx) => {
    rememberStartedEmpty(ctx.db)
    return { startedEmpty: true }
  },
  // Replays the example through the dispatcher itself, so it meets the same validation as the UI.
  'demo/load': async (_input, ctx) => {
    const { meetingId, planId } = await loadDemoIntoEmptyDatabase(() => ctx.db, { dispatch: ctx.dispatch })
    return { meetingId, planId }
  },
}
