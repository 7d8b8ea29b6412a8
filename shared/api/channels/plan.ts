import { z } from 'zod'
import type { Delivery } from '../../domain/files'
import { channel, as } from '../channel'
import { Id, IsoDate, NoInput, RequiredText, Text } from '../schemas'
import { REPLAN_KINDS } from '../../domain/vocabulary'
import { fr } from '../../i18n/fr'
import type {
  ActivityInfo,
  AxisInfo,
  EngagementDetail,
  EngagementInfo,
  MeetingPlan,
  MeetingPlanOutline,
  MeetingPlanActivity,
  MeetingPlanEngagement,
  PlanInfo,
  PlanOverview,
  PlanSummary,
  ProgressReportView,
  ReplanListItem,
  ReplanView,
} from '../../domain/plan'

const v = fr.validation

/** A percentage of progress, 0-100, unrounded. */
export const Percent = z
  .number({ error: v.percent })
  .min(0, { error: v.percent })
  .max(100, { error: v.percent })
/** An activity's weight in its engagement's weighted mean. */
export const Weight = z.number({ error: v.positiveWeight }).positive({ error: v.positiveWeight }).max(1_000_000, { error: v.positiveWeight })
/** An engagement or activity number (« Engagement 3 », « Activité 12 »). */
export const ItemNumber = z.number().int().positive().max(100_000)
/** A planned period exactly as typed (« fin juillet 2020 »); parsed by main, kept even when unreadable. */
export const PeriodText = Text(300)

/** The point in time a figure is computed at: a meeting (its last day) or a date. */
export const AsOf = z.union([z.object({ meetingId: Id }).strict(), z.object({ date: IsoDate }).strict()]).optional()

const deleted = as<{ deleted: true }>()

export const planChannels = {
  /** Every plan, newest first, with its current progress. */
  'plans/list': channel(NoInput, as<PlanSummary[]>()),
  /** A plan's axes and engagements with their progress, lateness and replans, as of now, a meeting or a date. */
  'plans/overview': channel(z.object({ planId: Id, asOf: AsOf }).strict(), as<PlanOverview>()),
  /** Creates or updates a plan (title, period label, committee that follows it). */
  'plans/save': channel(
    z
      .object({
        id: Id.optional(),
        title: RequiredText(500),
        periodLabel: Text(100).default(''),
        committeeId: Id.nullable().default(null),
      })
      .strict(),
    as<PlanInfo>(),
  ),
  /** Deletes a plan with everything in it (axes, engagements, activities, reports, replans). */
  'plans/delete': channel(z.object({ id: Id }).strict(), deleted),
  /** The plan follow-up workbook (.xlsx): one row per activity, ready to print. */
  'plans/exportXlsx': channel(z.object({ planId: Id, asOf: AsOf }).strict(), as<Delivery>()),

  /** The axes of a plan, in order. */
  'axes/list': channel(z.object({ planId: Id }).strict(), as<AxisInfo[]>()),
  /** Creates (at the end) or renames an axis. */
  'axes/save': channel(z.object({ id: Id.optional(), planId: Id, title: RequiredText(1_000) }).strict(), as<AxisInfo>()),
  /** Puts the plan's axes in the given order (every axis of the plan, once). */
  'axes/reorder': channel(z.object({ planId: Id, ids: z.array(Id).max(1_000) }).strict(), as<AxisInfo[]>()),
  /** Deletes an axis that has no engagement. */
  'axes/delete': channel(z.object({ id: Id }).strict(), deleted),

  /** Creates or updates an engagement (its plan is its axis's plan). */
  'engagements/save': channel(
    z
      .object({
        id: Id.optional(),
        axisId: Id,
        number: ItemNumber,
        title: RequiredText(2_000),
        responsibleOrganisationId: Id.nullable().default(null),
        responsibleText: Text(500).default(''),
        projectLead: Text(300).default(''),
      })
      .strict(),
    as<EngagementInfo>(),
  ),
  /** An engagement with its activities, their progress and replanning history, and progress histories. */
  'engagements/get': channel(z.object({ id: Id, asOf: AsOf }).strict(), as<EngagementDetail>()),
  /** Deletes an engagement that has no activity and no progress report. */
  'engagements/delete': channel(z.object({ id: Id }).strict(), deleted),

  /** Creates or updates an activity; its baseline period can change only until its first replan. */
  'activities/save': channel(
    z
      .object({
        id: Id.optional(),
        engagementId: Id,
        number: ItemNumber,
        title: RequiredText(2_000),
        weight: Weight.default(1),
        baselineText: PeriodText.default(''),
      })
      .strict(),
    as<ActivityInfo>(),
  ),
  /** Deletes an activity that has no progress report and no replan. */
  'activities/delete': channel(z.object({ id: Id }).strict(), deleted),

  /** Records a progress report on an activity or on an engagement as a whole, at a meeting or a date. */
  'progress/report': channel(
    z
      .object({
        activityId: Id.optional(),
        engagementId: Id.optional(),
        meetingId: Id.nullable().default(null),
        /** Defaults to the meeting's first date, else today. */
        date: IsoDate.optional(),
        percent: Percent,
        narrative: Text().default(''),
        difficulties: Text().default(''),
        replanning: Text().default(''),
      })
      .strict()
      .refine((r) => (r.activityId === undefined) !== (r.engagementId === undefined), {
        error: fr.plan.errors.oneTarget,
        path: ['activityId'],
      }),
    as<ProgressReportView>(),
  ),
  /** Deletes one progress report (a mistaken entry); the others stay. */
  'progress/delete': channel(z.object({ id: Id }).strict(), deleted),

  /**
   * Records a new planned period for an activity (appended, never overwriting): previous = the
   * period in force, next = the text as typed. `kind` is inferred from the text when omitted.
   */
  'replans/create': channel(
    z
      .object({
        activityId: Id,
        meetingId: Id.nullable().default(null),
        /** Defaults to the meeting's first date, else today. */
        date: IsoDate.optional(),
        newText: RequiredText(300),
        kind: z.enum(REPLAN_KINDS).optional(),
        reason: Text(10_000).default(''),
      })
      .strict(),
    as<ReplanView>(),
  ),
  /** Every replan, oldest first, filtered by plan, meeting, engagement or kind. */
  'replans/list': channel(
    z
      .object({
        planId: Id.optional(),
        meetingId: Id.optional(),
        engagementId: Id.optional(),
        kind: z.enum(REPLAN_KINDS).optional(),
      })
      .strict(),
    as<ReplanListItem[]>(),
  ),
  /** Deletes a replan entered by mistake; only the latest of its activity, so the chain stays whole. */
  'replans/delete': channel(z.object({ id: Id }).strict(), deleted),

  /** The « État d'avancement du plan » of a meeting, pre-filled from the previous report of each engagement. */
  'meetingPlan/get': channel(z.object({ meetingId: Id, planId: Id.optional() }).strict(), as<MeetingPlan>()),
  /** The same section as summary lines, without activities: what the meeting editor shows first. */
  'meetingPlan/outline': channel(z.object({ meetingId: Id, planId: Id.optional() }).strict(), as<MeetingPlanOutline>()),
  /** One engagement's line in a meeting's plan section, with its activities (opened in the editor). */
  'meetingPlan/engagement': channel(z.object({ meetingId: Id, engagementId: Id }).strict(), as<MeetingPlanEngagement>()),
  /**
   * Saves an engagement's line in a meeting (one report per engagement and meeting, dated at the
   * meeting's first date). percent null: the figure stays the one computed at the meeting; null
   * with empty texts removes this meeting's line.
   */
  'meetingPlan/saveEngagement': channel(
    z
      .object({
        meetingId: Id,
        engagementId: Id,
        percent: Percent.nullable(),
        narrative: Text().default(''),
        replanning: Text().default(''),
        difficulties: Text().default(''),
      })
      .strict(),
    as<MeetingPlanEngagement>(),
  ),
  /**
   * Sets an activity's planned period as decided by this meeting: records a replan with the
   * meeting (one per activity and meeting: editing again corrects it; empty text or the previous
   * period again removes it).
   */
  'meetingPlan/replanActivity': channel(
    z
      .object({
        meetingId: Id,
        activityId: Id,
        text: PeriodText,
        kind: z.enum(REPLAN_KINDS).optional(),
        reason: Text(10_000).default(''),
      })
      .strict(),
    as<MeetingPlanActivity>(),
  ),
} as const
