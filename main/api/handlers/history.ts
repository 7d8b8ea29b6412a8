import type { HandlerTable } from '../dispatcher'
import { engagementHistory, meetingHistory } from '../../db/repos/history/read'
import { listTrash, restoreTrash } from '../../db/repos/history/trash'
import { getActor, setActor } from '../../services/history/history'

export const historyHandlers: Pick<
  HandlerTable,
  'history/meeting' | 'history/engagement' | 'history/trash' | 'history/restore' | 'history/actor' | 'history/setActor'
> = {
  'history/meeting': ({ meetingId, before }, ctx) => meetingHistory(ctx.db, meetingId, before ?? null),
  'history/engagement': ({ engagementId, before }, ctx) => engagementHistory(ctx.db, engagementId, before ?? null),
  'history/trash': (_input, ctx) => listTrash(ctx.db),
  'history/restore': ({ trashId }, ctx) => restoreTrash(ctx.db, trashId),
  'history/actor': (_input, ctx) => getActor(ctx.db),
  'history/setActor': ({ name }, ctx) => setActor(ctx.db, name),
}
