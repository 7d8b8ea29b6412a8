/**
 * Puts unacknowledged edits (drafts kept in local storage) back onto a meeting loaded from the
 * server, so that what the user typed reappears before it is saved again. Drafts are the API calls
 * this editor made; they are checked field by field, since local storage may hold anything.
 */
import type { AgendaItem, Decision, Meeting, NextStep } from '../../../../shared/domain/meetings'
import {
  ATTENDANCE_STATUSES,
  DECISION_STYLES,
  DOCUMENT_LANGUAGES,
  MEETING_KINDS,
  MEETING_MODES,
  MEETING_STATUSES,
  NEXT_STEP_STATUSES,
} from '../../../../shared/domain/vocabulary'
import { decisionRichDoc, type RichDoc } from '../../../../shared/domain/rich-text'
import type { SaveOp } from '../../../components/autosave-store'
import { orderByIds, replaceById } from './meeting-model'
import { orderAttendance } from './attendance-order'

type Rec = Record<string, unknown>

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback)
const idOrNull = (v: unknown, fallback: number | null): number | null =>
  typeof v === 'number' || v === null ? v : fallback
const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  values.find((x) => x === v) ?? fallback

function patchHeader(m: Meeting, h: Rec): Meeting {
  const dates = Array.isArray(h.dates)
    ? h.dates.filter(isRec).map((d) => ({
        date: str(d.date, ''),
        startTime: typeof d.startTime === 'string' ? d.startTime : null,
        endTime: typeof d.endTime === 'string' ? d.endTime : null,
      }))
    : m.dates
  return {
    ...m,
    title: str(h.title, m.title),
    kind: oneOf(MEETING_KINDS, h.kind, m.kind),
    mode: oneOf(MEETING_MODES, h.mode, m.mode),
    place: str(h.place, m.place),
    videoTool: str(h.videoTool, m.videoTool),
    notes: str(h.notes, m.notes),
    status: oneOf(MEETING_STATUSES, h.status, m.status),
    dates,
  }
}

const richDoc = (v: unknown, fallback: RichDoc): RichDoc =>
  isRec(v) && v.type === 'doc' ? (v as unknown as RichDoc) : fallback

function patchAgenda(item: AgendaItem, i: Rec): AgendaItem {
  return {
    ...item,
    title: str(i.title, item.title),
    presenter: str(i.presenter, item.presenter),
    standing: typeof i.standing === 'boolean' ? i.standing : item.standing,
    discussion: richDoc(i.discussion, item.discussion),
    discussionHeading: str(i.discussionHeading, item.discussionHeading),
    decisionsHeading: str(i.decisionsHeading, item.decisionsHeading),
  }
}

function patchDecision(d: Decision, i: Rec): Decision {
  // A draft kept by an older version holds the decision as plain text.
  const body = typeof i.text === 'string' ? decisionRichDoc(i.text) : richDoc(i.body, d.body)
  return {
    ...d,
    body,
    note: typeof i.note === 'boolean' ? i.note : d.note,
    agendaItemId: idOrNull(i.agendaItemId, d.agendaItemId),
  }
}

const isDoc = (v: unknown): v is RichDoc => isRec(v) && v.type === 'doc'

function patchNextStep(s: NextStep, i: Rec): NextStep {
  return {
    ...s,
    text: str(i.text, s.text),
    responsiblePersonId: idOrNull(i.responsiblePersonId, s.responsiblePersonId),
    responsibleOrganisationId: idOrNull(i.responsibleOrganisationId, s.responsibleOrganisationId),
    responsibleText: str(i.responsibleText, s.responsibleText),
    dueText: str(i.dueText, s.dueText),
    status: oneOf(NEXT_STEP_STATUSES, i.status, s.status),
    details: isDoc(i.details) ? i.details : s.details,
  }
}

const ids = (i: Rec): number[] => (Array.isArray(i.ids) ? i.ids.filter((x): x is number => typeof x === 'number') : [])

/** The meeting with one draft applied; drafts about another meeting or unknown items change nothing. */
export function applyDraft(m: Meeting, op: SaveOp): Meeting {
  const i = op.input
  if (!isRec(i)) return m
  const belongs = i.meetingId === m.id
  switch (op.channel) {
    case 'meetings/saveHeader':
      return i.id === m.id && isRec(i.header) ? patchHeader(m, i.header) : m
    case 'meetings/saveIntroduction':
      return i.id === m.id && isDoc(i.introduction) ? { ...m, introduction: i.introduction } : m
    case 'attendance/set':
      if (i.meetingId !== m.id) return m
      return {
        ...m,
        attendance: m.attendance.map((e) =>
          e.personId === i.personId
            ? {
                ...e,
                status: oneOf(ATTENDANCE_STATUSES, i.status, e.status),
                representedBy: str(i.representedBy, e.representedBy),
                function: typeof i.function === 'string' || i.function === null ? i.function : e.function,
              }
            : e,
        ),
      }
    case 'agenda/save':
      return belongs && typeof i.id === 'number'
        ? { ...m, agenda: replaceById(m.agenda, i.id, (x) => patchAgenda(x, i)) }
        : m
    case 'decisions/save':
      return belongs && typeof i.id === 'number'
        ? { ...m, decisions: replaceById(m.decisions, i.id, (x) => patchDecision(x, i)) }
        : m
    case 'nextSteps/save':
      return belongs && typeof i.id === 'number'
        ? { ...m, nextSteps: replaceById(m.nextSteps, i.id, (x) => patchNextStep(x, i)) }
        : m
    case 'agenda/reorder':
      return i.meetingId === m.id ? { ...m, agenda: orderByIds(m.agenda, ids(i)) } : m
    case 'decisions/reorder':
      return i.meetingId === m.id ? { ...m, decisions: orderByIds(m.decisions, ids(i)) } : m
    case 'meetings/setDecisionStyle':
      return i.id === m.id ? { ...m, decisionStyle: oneOf(DECISION_STYLES, i.style, m.decisionStyle) } : m
    case 'meetings/setLanguage':
      return i.id === m.id ? { ...m, language: oneOf(DOCUMENT_LANGUAGES, i.language, m.language) } : m
    case 'nextSteps/reorder':
      return i.meetingId === m.id ? { ...m, nextSteps: orderByIds(m.nextSteps, ids(i)) } : m
    case 'participants/reorder':
      return i.meetingId === m.id && Array.isArray(i.personIds)
        ? { ...m, attendance: orderAttendance(m.attendance, i.personIds.filter((x): x is number => typeof x === 'number')) }
        : m
    default:
      return m
  }
}
