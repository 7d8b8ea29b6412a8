import type { HandlerTable } from '../dispatcher'
import type { Db } from '../../db/connection'
import type { Meeting } from '../../../shared/domain/meetings'
import type { RichDoc } from '../../../shared/domain/rich-text'
import { notFound } from '../../db/repos/common'
import { listMeetings } from '../../db/repos/meetings/list'
import { getMeeting } from '../../db/repos/meetings/get'
import {
  createMeeting,
  createMeetingFromPrevious,
  deleteMeeting,
  saveMeetingHeader,
  setDecisionStyle,
  setDocumentLanguage,
  saveMeetingIntroduction,
} from '../../db/repos/meetings/write'
import { removeAttendance, setAttendance } from '../../db/repos/meetings/attendance'
import { saveAgendaItem, saveDecision, saveNextStep } from '../../db/repos/meetings/items'
import { deleteItem, reorderItems } from '../../db/repos/meetings/positions'

type MeetingChannels =
  | 'meetings/list'
  | 'meetings/get'
  | 'meetings/create'
  | 'meetings/createFromPrevious'
  | 'meetings/saveHeader'
  | 'meetings/saveIntroduction'
  | 'meetings/delete'
  | 'attendance/set'
  | 'attendance/remove'
  | 'agenda/save'
  | 'agenda/delete'
  | 'agenda/reorder'
  | 'decisions/save'
  | 'decisions/delete'
  | 'decisions/reorder'
  | 'meetings/setDecisionStyle'
  | 'meetings/setLanguage'
  | 'nextSteps/save'
  | 'nextSteps/delete'
  | 'nextSteps/reorder'

function requireFullMeeting(db: Db, id: number): Meeting {
  const meeting = getMeeting(db, id)
  if (!meeting) throw notFound('meeting')
  return meeting
}

export const meetingHandlers: Pick<HandlerTable, MeetingChannels> = {
  'meetings/list': (filter, ctx) => listMeetings(ctx.db, filter),
  'meetings/get': ({ id }, ctx) => requireFullMeeting(ctx.db, id),
  'meetings/create': ({ committeeId, header }, ctx) =>
    requireFullMeeting(ctx.db, createMeeting(ctx.db, committeeId, header)),
  'meetings/createFromPrevious': ({ previousId, dates }, ctx) =>
    requireFullMeeting(ctx.db, createMeetingFromPrevious(ctx.db, previousId, dates)),
  'meetings/saveHeader': ({ id, header }, ctx) => ({ updatedAt: saveMeetingHeader(ctx.db, id, header) }),
  'meetings/saveIntroduction': ({ id, introduction }, ctx) => ({
    updatedAt: saveMeetingIntroduction(ctx.db, id, introduction),
  }),
  'meetings/delete': ({ id }, ctx) => {
    deleteMeeting(ctx.db, id)
    return { deleted: true }
  },

  'attendance/set': (input, ctx) => ({ updatedAt: setAttendance(ctx.db, input) }),
  'attendance/remove': ({ meetingId, personId }, ctx) => ({ updatedAt: removeAttendance(ctx.db, meetingId, personId) }),

  'agenda/save': (input, ctx) => saveAgendaItem(ctx.db, input),
  'agenda/delete': ({ id }, ctx) => {
    deleteItem(ctx.db, 'agenda_items', id)
    return { deleted: true }
  },
  'agenda/reorder': ({ meetingId, ids }, ctx) => ({ updatedAt: reorderItems(ctx.db, 'agenda_items', meetingId, ids) }),

  // The body was checked by RichDocInput: a ProseMirror document of known nodes and marks.
  'decisions/save': (input, ctx) => saveDecision(ctx.db, { ...input, body: input.body as RichDoc | undefined }),
  'decisions/delete': ({ id }, ctx) => {
    deleteItem(ctx.db, 'decisions', id)
    return { deleted: true }
  },
  'decisions/reorder': ({ meetingId, ids }, ctx) => ({ updatedAt: reorderItems(ctx.db, 'decisions', meetingId, ids) }),
  'meetings/setDecisionStyle': ({ id, style }, ctx) => ({ updatedAt: setDecisionStyle(ctx.db, id, style) }),
  'meetings/setLanguage': ({ id, language }, ctx) => ({ updatedAt: setDocumentLanguage(ctx.db, id, language) }),

  'nextSteps/save': (input, ctx) => saveNextStep(ctx.db, input),
  'nextSteps/delete': ({ id }, ctx) => {
    deleteItem(ctx.db, 'next_steps', id)
    return { deleted: true }
  },
  'nextSteps/reorder': ({ meetingId, ids }, ctx) => ({ updatedAt: reorderItems(ctx.db, 'next_steps', meetingId, ids) }),
}
