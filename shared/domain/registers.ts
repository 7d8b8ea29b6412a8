/** The decisions register and the actions follow-up, across the meetings of every committee. */
import type { ActionStatus, DecisionStatus } from './vocabulary'

/** A decision number: « D-2020-007 », the 7th decision of the committee's meetings of 2020. */
export function decisionNumber(year: number, seq: number): string {
  return `D-${year}-${String(seq).padStart(3, '0')}`
}

/** A meeting as the registers name it. */
export interface RegisterMeeting {
  id: number
  title: string
  /** First date, yyyy-mm-dd; null for a meeting without a date. */
  date: string | null
  committeeId: number
  committeeName: string
  committeeAcronym: string
}

export interface DecisionEngagementLink {
  id: number
  number: number
  title: string
}

/** An engagement offered in the register's filter and links. */
export interface EngagementChoice extends DecisionEngagementLink {
  planId: number
  planTitle: string
}

/** One decision of the register. */
export interface DecisionEntry {
  id: number
  /** « D-2020-007 », or null while its meeting has no date. */
  number: string | null
  /** True once its meeting is adopted: the number never changes again. */
  frozen: boolean
  meeting: RegisterMeeting
  agendaItem: { id: number; title: string } | null
  /** The decision's plain text, on one line, cut to a readable length. */
  summary: string
  status: DecisionStatus
  engagements: DecisionEngagementLink[]
}

export interface DecisionRegisterPage {
  rows: DecisionEntry[]
  total: number
}

/** A dated note on an action, with the status it set; `meeting` when it was recorded at a meeting. */
export interface ActionFollowUp {
  id: number
  date: string
  status: ActionStatus
  note: string
  meeting: { id: number; title: string; date: string | null } | null
}

/** One next step of a meeting, followed up across meetings. */
export interface ActionEntry {
  id: number
  /** Its number in its meeting's « Prochaines étapes » (1, 2, …). */
  position: number
  text: string
  meeting: RegisterMeeting
  /** The owner: a person and/or an organisation of the directory, or a name as typed. */
  owner: { personId: number | null; organisationId: number | null; label: string }
  /** The planned period as typed, and in clean French when it reads as one. */
  dueText: string
  due: string
  /** Last day of the planned period (yyyy-mm-dd), when it has one. */
  dueEnd: string | null
  /** The status now: the latest follow-up's, else the one set at its meeting. */
  status: ActionStatus
  open: boolean
  /** Open and its planned period ended before today. */
  overdue: boolean
  followUps: ActionFollowUp[]
}

export interface ActionPage {
  rows: ActionEntry[]
  total: number
  openCount: number
  overdueCount: number
}

/** An open action of an earlier meeting, as the « Suivi des actions précédentes » of a meeting shows it. */
export interface PreviousAction {
  action: ActionEntry
  /** Its status just before this meeting. */
  statusBefore: ActionStatus
  /** What was recorded about it at this meeting, if anything. */
  followUp: ActionFollowUp | null
}
