/**
 * Shape of the built-in example: plain objects that read like the documents they come from. Records
 * refer to each other by `key` (organisations, people) or by number (engagements, activities); the
 * keys are never stored, the loader turns them into database ids as it goes.
 */
import type { RichDoc } from '../../shared/domain/rich-text'
import type {
  Civility,
  MeetingKind,
  MeetingMode,
  MeetingStatus,
  MembershipRole,
  ReplanKind,
  Side,
} from '../../shared/domain/vocabulary'

export interface DemoOrganisation {
  key: string
  name: string
  acronym: string
  side: Side
}

export interface DemoPerson {
  key: string
  civility: Civility
  firstName: string
  lastName: string
  function?: string
  /** Key of a {@link DemoOrganisation}. */
  organisation: string
  /** Role in the committee. */
  role: MembershipRole
}

export interface DemoActivity {
  number: number
  title: string
  /** The period the source prints for the activity, as written; absent when it gives none. */
  baseline?: string
}

export interface DemoEngagement {
  number: number
  title: string
  /** « Organisme responsable de la mise en œuvre », as written. */
  responsible: string
  /** Key of the directory's organisation that is that body, when it is one. */
  responsibleOrganisation?: string
  activities: DemoActivity[]
}

export interface DemoAxis {
  title: string
  engagements: DemoEngagement[]
}

export interface DemoPlan {
  title: string
  periodLabel: string
  axes: DemoAxis[]
}

/** A change of one activity's planned period decided at the meeting. */
export interface DemoReplan {
  /** Number of the activity within its engagement, as the plan numbers it. */
  activity: number
  /** The new period as the meeting wrote it (parsed when it can be, kept as written otherwise). */
  newText: string
  kind: ReplanKind
  reason?: string
}

/** One line of the column « Nouvelle planification des actions restantes ». */
export interface DemoReplanningLine {
  text: string
  /** The activities this line replans; none when the line names no activity the plan holds. */
  replans?: DemoReplan[]
}

/** One row of the engagement table: the progress declared for the engagement as a whole. */
export interface DemoProgressRow {
  engagement: number
  percent: number
  /** « État d'avancement », one line per point. */
  narrative: string[]
  replanning: DemoReplanningLine[]
}

export interface DemoAgendaItem {
  title: string
  /** « Points discutés » under this item. */
  discussion: RichDoc
  /** Short heading of the item's « Points arrêtés » block, as the relevé writes it. */
  decisionsHeading?: string
  /** « Points arrêtés » under this item; sub-points are lines starting with « - »; a note is printed « NB », unnumbered. */
  decisions: (string | { text: string; note: true })[]
}

export interface DemoNextStep {
  text: string
  /** The due date as written (« fin juillet 2020 »). */
  dueText: string
  /** Who is in charge, when the text names someone; empty otherwise. */
  responsible: string
}

export interface DemoMeeting {
  title: string
  kind: MeetingKind
  mode: MeetingMode
  place: string
  videoTool: string
  /** yyyy-mm-dd */
  date: string
  /** Set once everything else is loaded, as the secretariat does when the minutes are final. */
  status: MeetingStatus
  /** Keys of the people present, in the order of the relevé. */
  present: string[]
  agenda: DemoAgendaItem[]
  progress: DemoProgressRow[]
  nextSteps: DemoNextStep[]
}

export interface DemoExample {
  organisations: DemoOrganisation[]
  people: DemoPerson[]
  committee: { name: string; acronym: string }
  plan: DemoPlan
  meeting: DemoMeeting
}
