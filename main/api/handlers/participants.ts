import type { HandlerTable } from '../dispatcher'
import { addPastedParticipants } from '../../services/participants/add-pasted'

export const participantHandlers: Pick<HandlerTable, 'participants/addPasted'> = {
  'participants/addPasted': (input, ctx) => addPastedParticipants(ctx.db, input),
}
