import type { HandlerTable } from '../dispatcher'
import { systemHandlers } from './system'
import { directoryHandlers } from './directory'
import { committeeHandlers } from './committees'
import { meetingHandlers } from './meetings'
import { fileHandlers } from './files'
import { backupHandlers } from './backups'
import { exportHandlers } from './exports'
import { recoveryHandlers } from './recovery'
import { demoHandlers } from './demo'
import { planHandlers } from './plan'
import { participantHandlers } from './participants'
import { planImportHandlers } from './plan-import'
import { registerHandlers } from './registers'
import { taskHandlers } from './tasks'
import { historyHandlers } from './history'
import { searchHandlers } from './search'
import { lifecycleHandlers } from './lifecycle'
import { preferencesHandlers } from './preferences'

/** Every channel's handler; the dispatcher refuses to start if one is missing. */
export const handlers: HandlerTable = {
  ...systemHandlers,
  ...directoryHandlers,
  ...committeeHandlers,
  ...meetingHandlers,
  ...fileHandlers,
  ...backupHandlers,
  ...exportHandlers,
  ...recoveryHandlers,
  ...demoHandlers,
  ...planHandlers,
  ...participantHandlers,
  ...planImportHandlers,
  ...registerHandlers,
  ...taskHandlers,
  ...historyHandlers,
  ...searchHandlers,
  ...lifecycleHandlers,
  ...preferencesHandlers,
}
