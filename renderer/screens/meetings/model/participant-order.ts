/**
 * The participants' order of a meeting in the editor: « par collège » or « ordre protocolaire »
 * (saved at once), and the protocol order itself (the model first, the save right after).
 */
import type { ParticipantOrder } from '../../../../shared/domain/meetings'
import { api } from '../../../api/client'
import { saveOp } from '../../../components/use-autosave'
import type { MeetingActions } from './meeting-actions'
import { orderAttendance } from './attendance-order'

/** The autosave key of the protocol order. */
export const PARTICIPANT_ORDER_KEY = 'attendance:order'

/**
 * Switches the meeting between the two orders. The list is then shown in the order main reads
 * back, applied to the entries on screen so that a function being typed is not overwritten.
 */
export async function switchParticipantOrder(actions: MeetingActions, order: ParticipantOrder): Promise<void> {
  const meetingId = actions.model.current.id
  await actions.store.track(api.participants.setOrder({ meetingId, order }))
  const meeting = await actions.store.track(api.meetings.get({ id: meetingId }))
  const ids = meeting.attendance.map((e) => e.personId)
  actions.model.update((m) => ({ ...m, participantOrder: order, attendance: orderAttendance(m.attendance, ids) }))
}

/** Puts the participants in the order of `personIds` (every person of the list, once). */
export function reorderParticipants(actions: MeetingActions, personIds: number[]): void {
  const next = actions.model.update((m) => ({ ...m, attendance: orderAttendance(m.attendance, personIds) }))
  actions.store.schedule(PARTICIPANT_ORDER_KEY, saveOp('participants/reorder', { meetingId: next.id, personIds }), {
    delayMs: 0,
  })
}
