import type { HandlerTable } from '../dispatcher'
import { addPastedParticipants } from '../../services/participants/add-pasted'
import { reorderAttendance, setParticipantOrder } from '../../db/repos/meetings/participant-order'

export const participantHandlers: Pick<
  HandlerTable,
  'participants/addPasted' | 'participants/setOrder' | 'participants/reorder'
> = {
  'participants/addPasted': (input, ctx) => addPastedParticipants(ctx.db, input),
  'participants/setOrder': ({ meetingId, order }, ctx) => ({
    updatedAt: setParticipantOrder(ctx.db, meetingId, order),
  }),
  'participants/reorder': ({ meetingId, personIds }, ctx) => ({
    updatedAt: reorderAttendance(ctx.db, meetingId, personIds),
  }),
}
