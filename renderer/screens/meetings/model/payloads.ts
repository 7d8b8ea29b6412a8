/** The API inputs that save each part of a meeting, built from the editor's state. */
import type { ChannelInput } from '../../../../shared/api/contract'
import type {
  AgendaItem,
  AttendanceEntry,
  Decision,
  Meeting,
  MeetingHeader,
  NextStep,
} from '../../../../shared/domain/meetings'

/** The header fields of a meeting the editor saves; the status follows the lifecycle, never the header. */
export function headerOf(m: MeetingHeader): Omit<MeetingHeader, 'status'> {
  return {
    title: m.title,
    kind: m.kind,
    mode: m.mode,
    place: m.place,
    videoTool: m.videoTool,
    notes: m.notes,
    dates: m.dates.map((d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime })),
  }
}

export function headerInput(m: Meeting): ChannelInput<'meetings/saveHeader'> {
  return { id: m.id, header: headerOf(m) }
}

export function attendanceInput(meetingId: number, e: AttendanceEntry): ChannelInput<'attendance/set'> {
  return {
    meetingId,
    personId: e.personId,
    status: e.status,
    representedBy: e.status === 'represente' ? e.representedBy : '',
    function: e.function,
  }
}

export function agendaInput(meetingId: number, item: AgendaItem): ChannelInput<'agenda/save'> {
  return {
    id: item.id,
    meetingId,
    title: item.title,
    presenter: item.presenter,
    standing: item.standing,
    discussion: item.discussion,
    discussionHeading: item.discussionHeading,
    decisionsHeading: item.decisionsHeading,
  }
}

export function decisionInput(meetingId: number, d: Decision): ChannelInput<'decisions/save'> {
  return { id: d.id, meetingId, agendaItemId: d.agendaItemId, body: d.body, note: d.note }
}

export function nextStepInput(meetingId: number, s: NextStep): ChannelInput<'nextSteps/save'> {
  return {
    id: s.id,
    meetingId,
    text: s.text,
    responsiblePersonId: s.responsiblePersonId,
    responsibleOrganisationId: s.responsibleOrganisationId,
    responsibleText: s.responsibleText,
    dueText: s.dueText,
    status: s.status,
    details: s.details,
  }
}

export function introductionInput(m: Meeting): ChannelInput<'meetings/saveIntroduction'> {
  return { id: m.id, introduction: m.introduction }
}
