/**
 * The action plan as the screens see it: plans, axes, engagements, activities, the progress
 * reported over time and the replanning of activities. Percentages are UNROUNDED (round with
 * `formatPercent` from shared/plan/bands.ts, only for display).
 */
import type { PeriodKind } from '../period'
import type { ProgressBand } from '../plan/bands'
import type { ReplanKind } from './vocabulary'

/**
 * A planned period as the user typed it, with its clean French rendering. Text that does not
 * parse is kept as typed and flagged « à préciser » (`toClarify`), never dropped.
 */
export interface PeriodView {
  /** Exactly as typed; '' when no period was given. */
  text: string
  /** Clean French (« novembre 2020 ») when parsed, else the text as typed. */
  formatted: string
  /** Whether the text was read as a planned period. */
  parsed: boolean
  /** Non-empty text that could not be read: show it with an « à préciser » flag. */
  toClarify: boolean
  /** The kind of period when parsed (`tbd`, `cancelled`, `month`…), else null. */
  kind: PeriodKind | null
  /** Inclusive ISO bounds; null when unparsed, to be determined or cancelled. */
  start: string | null
  end: string | null
}

/** A meeting as the plan screens cite it. */
export interface MeetingRef {
  id: number
  title: string
  /** First date of the meeting (yyyy-mm-dd), or null when it has none yet. */
  date: string | null
}

export interface PlanInfo {
  id: number
  title: string
  /** Free label of the plan's period (« 2018-2020 »). */
  periodLabel: string
  committeeId: number | null
  committeeName: string | null
  createdAt: string
}

export interface PlanSummary extends PlanInfo {
  axisCount: number
  engagementCount: number
  activityCount: number
  /** Current progress of the whole plan (unrounded). */
  percent: number
  band: ProgressBand
}

export interface AxisInfo {
  id: number
  planId: number
  /** 1-based order of the axis in its plan. */
  position: number
  title: string
}

/** Who carries an engagement: a directory organisation, or free text when none is linked. */
export interface Responsible {
  organisationId: number | null
  /** The organisation's name, or the free text. */
  name: string
}

export interface EngagementInfo {
  id: number
  planId: number
  axisId: number
  number: number
  title: string
  responsible: Responsible
  /** The free text as saved (shown when no organisation is linked), for the edit form. */
  responsibleText: string
  projectLead: string
}

export interface ActivityInfo {
  id: number
  engagementId: number
  number: number
  title: string
  weight: number
  /** The period planned when the plan was adopted; never changed by a replan. */
  baseline: PeriodView
}

/** The point in time a figure is computed at. */
export interface AsOfView {
  /** Cutoff date: reports and replans dated after it are ignored; null = everything recorded. */
  date: string | null
  meeting: MeetingRef | null
  /** The date lateness is measured against: the cutoff date, or today (Africa/Casablanca). */
  referenceDate: string
}

export type ProgressSource = 'activities' | 'declared'

export interface EngagementOverview {
  id: number
  number: number
  title: string
  axisId: number
  responsible: Responsible
  projectLead: string
  percent: number
  band: ProgressBand
  /** `declared`: a figure reported for the engagement as a whole is the latest information. */
  source: ProgressSource
  /** Whether anything was reported (on the engagement or one of its activities). */
  reported: boolean
  /** Date of the newest information the figure rests on; null when nothing was reported. */
  date: string | null
  activityCount: number
  /** Unfinished (< 100 %) with a planned period that ended before the reference date. */
  late: boolean
  lateActivityCount: number
  /** The largest lateness among its late activities, in days; null when none is late. */
  maxDaysLate: number | null
  replanCount: number
  /** Activities replanned two times or more. */
  activitiesReplannedMoreThanOnce: number
  /** Sum of the delays (positive slips, baseline → current planned period) of its activities, in days. */
  slipDays: number
  /** Planned periods of its activities that are typed but unreadable (« à préciser »). */
  toClarifyCount: number
  /** Narrative and « nouvelle planification » of the latest engagement-level report ('' when none). */
  latestNarrative: string
  latestReplanning: string
}

export interface AxisOverview {
  id: number
  position: number
  title: string
  percent: number
  band: ProgressBand
  engagements: EngagementOverview[]
}

/** The figures a coordinator reads first. */
export interface PlanHeadline {
  engagementCount: number
  activityCount: number
  lateEngagementCount: number
  lateActivityCount: number
  replanCount: number
  activitiesReplannedMoreThanOnce: number
  /** Sum of the delays of every activity (baseline → current planned period), in days. */
  totalSlipDays: number
  /** Activities whose current planned period ends later than their baseline. */
  slippedActivityCount: number
  toClarifyCount: number
  /** Number of engagements in each band. */
  engagementsByBand: Record<ProgressBand, number>
}

export interface PlanOverview {
  plan: PlanInfo
  asOf: AsOfView
  percent: number
  band: ProgressBand
  axes: AxisOverview[]
  headline: PlanHeadline
}

export type ProgressTargetView = { kind: 'activity'; id: number } | { kind: 'engagement'; id: number }

export interface ProgressReportView {
  id: number
  target: ProgressTargetView
  meeting: MeetingRef | null
  /** yyyy-mm-dd */
  date: string
  percent: number
  band: ProgressBand
  narrative: string
  difficulties: string
  /** « Nouvelle planification des actions restantes » (engagement-level reports). */
  replanning: string
  createdAt: string
}

export interface ReplanView {
  id: number
  activityId: number
  /** The meeting that decided it, if any. */
  meeting: MeetingRef | null
  /** Date of the decision (the meeting's first date when decided in a meeting). */
  date: string
  previous: PeriodView
  next: PeriodView
  /** End of `previous` → end of `next`, in days (positive = later); null when either has no dates. */
  slipDays: number | null
  reason: string
  kind: ReplanKind
  createdAt: string
}

export interface ReplanListItem extends ReplanView {
  planId: number
  axis: { id: number; position: number; title: string }
  engagement: { id: number; number: number; title: string }
  activity: { id: number; number: number; title: string }
}

/** One point of a progress line chart. */
export interface ProgressPoint {
  date: string
  /** The meeting the reports of that day came from, when there is one. */
  meeting: MeetingRef | null
  percent: number
  band: ProgressBand
  source: ProgressSource
}

export interface ActivityDetail extends ActivityInfo {
  percent: number
  band: ProgressBand
  reported: boolean
  /** Date of the report the figure comes from. */
  reportDate: string | null
  /** The planned period in force (latest replan, else the baseline). */
  current: PeriodView
  /** Oldest first: baseline → each revision. */
  replans: ReplanView[]
  replanCount: number
  /** Baseline → current, in days; null when either has no dates. */
  slipDays: number | null
  late: boolean
  daysLate: number | null
  latestReport: ProgressReportView | null
  /** Every report on this activity, oldest first. */
  reports: ProgressReportView[]
  history: ProgressPoint[]
}

export interface EngagementDetail {
  plan: PlanInfo
  axis: AxisInfo
  engagement: EngagementInfo
  asOf: AsOfView
  percent: number
  band: ProgressBand
  source: ProgressSource
  reported: boolean
  date: string | null
  late: boolean
  activities: ActivityDetail[]
  /** Reports on the engagement as a whole, oldest first. */
  reports: ProgressReportView[]
  /** The engagement's progress after each day something was reported, oldest first. */
  history: ProgressPoint[]
}

/** Where the « État d'avancement » of an engagement in a meeting comes from. */
export type MeetingEntryOrigin = 'this_meeting' | 'previous' | 'empty'

export interface MeetingPlanActivity {
  id: number
  number: number
  title: string
  weight: number
  percent: number
  band: ProgressBand
  /** The planned period in force at the meeting (this meeting's replan included). */
  current: PeriodView
  /** The replan decided by this meeting, if any. */
  replanHere: ReplanView | null
  replanCount: number
}

export interface MeetingPlanEngagement {
  engagementId: number
  number: number
  title: string
  axis: { id: number; position: number; title: string }
  responsible: Responsible
  /** Progress at the meeting without this meeting's own engagement figure (unrounded). */
  currentPercent: number
  currentBand: ProgressBand
  /** What the form shows: this meeting's report, or a copy of the latest previous one. */
  entry: { reportId: number | null; percent: number | null; narrative: string; replanning: string; difficulties: string }
  origin: MeetingEntryOrigin
  /** The meeting the pre-filled entry was copied from (origin 'previous'). */
  previousMeeting: MeetingRef | null
  /** Date of the report the pre-filled entry was copied from (origin 'previous'). */
  previousDate: string | null
  activities: MeetingPlanActivity[]
}

/** One engagement's summary line in a meeting's plan section; its form and activities are read on demand. */
export interface MeetingPlanEngagementSummary {
  engagementId: number
  number: number
  title: string
  axis: { id: number; position: number; title: string }
  /** Progress at the meeting without this meeting's own engagement figure (unrounded). */
  currentPercent: number
  currentBand: ProgressBand
  /** The figure of the entry the form shows (this meeting's, or the previous one); null: none given. */
  entryPercent: number | null
  origin: MeetingEntryOrigin
  /** Date of the report the entry was copied from (origin 'previous'). */
  previousDate: string | null
  activityCount: number
  /** How many of its activities this meeting replanned. */
  replannedHere: number
}

/** A meeting's plan section as summary lines (meetingPlan/outline). */
export interface MeetingPlanOutline {
  meeting: MeetingRef & { committeeId: number }
  plan: PlanInfo | null
  engagements: MeetingPlanEngagementSummary[]
}

export interface MeetingPlan {
  meeting: MeetingRef & { committeeId: number }
  /** The plan followed by the meeting's committee (else the most recent plan); null when there is none. */
  plan: PlanInfo | null
  engagements: MeetingPlanEngagement[]
}
