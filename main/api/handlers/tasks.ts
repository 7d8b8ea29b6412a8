import type { HandlerTable } from '../dispatcher'
import { tasksInProgress } from '../../services/tasks/registry'

export const taskHandlers: Pick<HandlerTable, 'tasks/progress'> = {
  'tasks/progress': () => tasksInProgress(),
}
