import type { HandlerTable } from '../dispatcher'
import { systemHandlers } from './system'

/** Every channel's handler; the dispatcher refuses to start if one is missing. */
export const handlers: HandlerTable = {
  ...systemHandlers,
}
