/** Meetings and their minutes, as the editor loads and saves them. */
import type { AttendanceStatus, DecisionStyle, DocumentLanguage, MeetingKind, MeetingMode, MeetingStatus, NextStepStatus, Side, Civility } from './vocabulary'
import type { RichDoc } from './rich-text'

export interface MeetingDate {
  /** yyyy-mm-dd */
  date: string
  /** HH:MM, or null */
  startTime: string | null
  endTime: string | null
}

export interface MeetingSummary {
  id: number
  committeeId: number
  committeeName: string
  committeeAcronym: string
  title: string
  kind: MeetingKind
  mode: MeetingMode
  status: MeetingStatus
  dates: MeetingDate[]
  presentCount: number
  decisionCount: number
  /** The meeting's next steps still open now (à faire, en cours, reporté), and those overdue. */
  openActions: number
  overdueActions: number
}

/** One page of the meetings list, newest first (by first date, then by id). */
export interface MeetingPage {
  meetings: MeetingSummary[]
  /** Where the next page starts (`meetings/list` with `cursor`); null on the last page. */
  nextCursor: string | null
  /** Meetings that match the filters, all pages together; given with the first page only. */
  total: number | null
  /** Years of the meetings' first dates, newest first, whatever the filters; with the first page only. */
  years: number[] | null
}

/** Meetings per page of the list. */
export const MEETINGS_PAGE_SIZE = 50

export interface MeetingHeader {
  title: string
  kind: MeetingKind
  mode: MeetingMode
  place: string
  videoTool: string
  notes: string
  status: MeetingStatus
  dates: MeetingDate[]
}

export interface AttendanceEntry {
  personId: number
  civility: Civility
  firstName: string
  lastName: string
  /** The function at this meeting (copied from the directory when added, editable per meeting); null: none. */
  function: string | null
  status: AttendanceStatus
  representedBy: string
  /** The organisation as it was on the day of the meeting. */
  organisationId: number | null
  organisationName: string
  side: Side | null
  /** Whether the person is a current member of the committee (else a guest or former member). */
  member: boolean
}

export interface AgendaItem {
  id: number
  position: number
  title: string
  presenter: string
  /** A standing item is copied into the next meeting. */
  standing: boolean
  discussion: RichDoc
  /** Short heading of this item's block under « Points discutés »; empty: the title. */
  discussionHeading: string
  /** Short heading of this item's block under « Points arrêtés »; empty: the title. */
  decisionsHeading: string
}

export interface Decision {
  id: number
  agendaItemId: number | null
  position: number
  /** The decision as typed in the editor (paragraphs, lists, tables). */
  body: RichDoc
  /** A note (« NB ») printed without a number. */
  note: boolean
}

export interface NextStep {
  id: number
  position: number
  text: string
  responsiblePersonId: number | null
  responsibleOrganisationId: number | null
  responsibleText: string
  /** The due date as typed (« fin juillet 2020 »); parsed into a planned period when it can be. */
  dueText: string
  status: NextStepStatus
  /** Details under the step (lists, a table…), printed in its cell of the relevé. */
  details: RichDoc
}

/** How the relevé lists the participants: grouped by side, or in the order set for the meeting. */
export const PARTICIPANT_ORDERS = ['college', 'protocol'] as const
export type ParticipantOrder = (typeof PARTICIPANT_ORDERS)[number]

export interface Meeting extends MeetingHeader {
  id: number
  committeeId: number
  committeeName: string
  /** « college »: attendance by side then name; « protocol »: in the order set (the list's order). */
  participantOrder: ParticipantOrder
  attendance: AttendanceEntry[]
  agenda: AgendaItem[]
  decisions: Decision[]
  /** Decisions numbered « 1. » or bulleted, in the editor and every export. */
  decisionStyle: DecisionStyle
  /** The language of the relevé's fixed labels and dates (« fr » by default, « ar » right to left). */
  language: DocumentLanguage
  nextSteps: NextStep[]
  /** Printed before « Points discutés »: how the meeting opened, its context. */
  introduction: RichDoc
  updatedAt: string
}

/** Live counts beside the attendance list. */
export interface AttendanceCounts {
  present: number
  bySide: Record<Side | 'sans_organisation', number>
  byGender: { femmes: number; hommes: number }
  quorumReached: boolean | null
}
