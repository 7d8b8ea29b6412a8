import { channel, as } from '../channel'
import { NoInput } from '../schemas'
import type { TaskProgress } from '../../domain/tasks'

export const taskChannels = {
  /** The exports, backups and imports in progress, with their stage and pages laid out; the page asks while it waits for one. */
  'tasks/progress': channel(NoInput, as<TaskProgress[]>()),
} as const
