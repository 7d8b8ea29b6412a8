/**
 * The « relevé de conclusions » of one meeting, as the exports need it: every value already
 * resolved (names, organisations, sides, planned periods formatted in French). Main builds it
 * from the database; the PDF and Excel writers only lay it out.
 */
import type { ActionStatus, AttendanceStatus, Civility, MeetingKind, MeetingMode, NextStepStatus, Side } from './vocabulary'
import type { RichDoc } from './rich-text'

export interface ReleveDate {
  /** ISO calendar date, yyyy-mm-dd. */
  date: string
  /** « HH:MM », optional. */
  startTime?: string
  endTime?: string
}

export interface ReleveParticipant {
  civility: Civility
  firstName: string
  lastName: string
  organisation: string
  /** The organisation's acronym (« ACODEC »), printed « Nom (ACRONYME) ». */
  acronym?: string
  side: Side
  status: AttendanceStatus
  /** For « représenté »: who stood in, as written. */
  representedBy?: string
  function?: string
}

/**
 * A « point arrêté »: a rich document, or a note (« NB ») printed without a number. A plain
 * string is a decision typed as text (« - » lines are its sub-points).
 */
export type ReleveDecision = string | { body: RichDoc; note?: boolean }

export interface ReleveAgendaItem {
  title: string
  presenter?: string
  /** Short heading of this item's block under « Points discutés » (default: the title). */
  discussionHeading?: string
  /** Short heading of this item's block under « Points arrêtés » (default: the title). */
  decisionsHeading?: string
  /** « Points discutés » under this item. */
  discussion: RichDoc
  /** « Points arrêtés » under this item, in order; numbered across the document. */
  decisions: ReleveDecision[]
}

export interface ReleveEngagementRow {
  number: number
  title: string
  /** Progress percentage 0-100 reported at this meeting; null when none was reported. */
  progress: number | null
  /** « État d'avancement »: narrative, possibly several lines. */
  narrative: string
  /** « Nouvelle planification des actions restantes », one line per activity. */
  replanning: string[]
}

export interface ReleveNextStep {
  text: string
  /** Details under the step (lists, a table…). */
  details?: RichDoc
  responsible: string
  /** The planned period in clean French (« fin juillet 2020 »), or as written when it does not parse. */
  due: string
  status: NextStepStatus
}

/** An open action of an earlier meeting, followed up at this one (« Suivi des actions précédentes »). */
export interface ReleveFollowUp {
  text: string
  /** The date of the meeting that decided it, in French (« 15 juillet 2020 »). */
  origin: string
  responsible: string
  due: string
  /** Recorded at this meeting, else where it stood before it. */
  status: ActionStatus
  /** What was said about it at this meeting. */
  note: string
}

export interface ReleveAdoption {
  version: number
  /** yyyy-mm-dd */
  adoptedOn: string
  /** SHA-256 of `canonical`, 64 hexadecimal digits. */
  fingerprint: string
  /** The canonical content (shared/lifecycle/canonical.ts) the fingerprint was computed over. */
  canonical: string
}

export interface ReleveDocument {
  /** Document reference printed in the footer, e.g. « COPIL-2020-07-15 ». */
  reference: string
  committee: { name: string; acronym: string }
  /** Letterhead lines of page 1 (« Royaume du Maroc », a ministry, a department), up to three, set in Paramètres. */
  letterhead?: string[]
  /** « college »: participants grouped by side (the default); « protocol »: in the list's order. */
  participantOrder?: 'college' | 'protocol'
  /** The logo set in Paramètres (PNG or JPEG bytes), printed above the letterhead. */
  logo?: Uint8Array
  title: string
  kind: MeetingKind
  dates: ReleveDate[]
  mode: MeetingMode
  place: string
  videoTool: string
  /** False while the minutes are a draft: the PDF carries a « PROJET » watermark. */
  adopted: boolean
  /** An adopted version: printed in the PDF footer, its canonical content embedded in the PDF. */
  adoption?: ReleveAdoption
  participants: ReleveParticipant[]
  agenda: ReleveAgendaItem[]
  engagements: ReleveEngagementRow[]
  nextSteps: ReleveNextStep[]
  /** « Suivi des actions précédentes »: the open actions of the committee's earlier meetings. */
  followUps?: ReleveFollowUp[]
  /** Decisions attached to no agenda item, listed after the others. */
  otherDecisions?: ReleveDecision[]
  /** Introduction printed under « Points discutés », before the items. */
  introduction?: RichDoc
  /** Decisions numbered « 1. » (the default) or bulleted « • ». */
  decisionStyle?: 'number' | 'bullet'
  /**
   * « ar »: every fixed label and date in Arabic, the pages laid right to left. Absent means French,
   * so that the canonical text (and fingerprint) of a French relevé is the same as before languages.
   */
  language?: 'ar'
}
