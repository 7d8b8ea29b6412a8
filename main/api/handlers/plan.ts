import type { HandlerTable } from '../dispatcher'
import type { planChannels } from '../../../shared/api/channels/plan'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { listAxes } from '../../db/repos/plan/axes'
import { deletePlan, getPlan } from '../../db/repos/plan/plans'
import { listReplans } from '../../db/repos/plan/replans'
import { engagementDetail } from '../../services/plan-engagement'
import { meetingPlan, meetingPlanActivity, meetingPlanEngagement, saveMeetingEngagement } from '../../services/plan-meeting'
import { meetingPlanOutline } from '../../services/plan-meeting-outline'
import { listPlanSummaries, planOverview } from '../../services/plan-overview'
import { createReplan, removeReplan, setMeetingReplan } from '../../services/plan-replans'
import {
  orderAxes,
  removeActivity,
  removeAxis,
  removeEngagement,
  removeReport,
  reportProgress,
  saveActivity,
  saveAxis,
  saveEngagement,
  savePlan,
} from '../../services/plan-structure'
import { planWorkbookData } from '../../services/plan-workbook'
import { renderPlanWorkbookOffThread } from '../../workers/exports'
import { asTask } from '../../services/tasks/registry'
import { getActivityRow } from '../../db/repos/plan/activities'

type PlanChannels = keyof typeof planChannels

const deleted = { deleted: true } as const

export const planHandlers: Pick<HandlerTable, PlanChannels> = {
  'plans/list': (_input, ctx) => listPlanSummaries(ctx.db),
  'plans/overview': ({ planId, asOf }, ctx) => planOverview(ctx.db, planId, asOf),
  'plans/save': (input, ctx) => savePlan(ctx.db, input),
  'plans/delete': ({ id }, ctx) => {
    if (!deletePlan(ctx.db, id)) throw new AppError('NOT_FOUND', t('plan.errors.planNotFound'))
    return deleted
  },
  'plans/exportXlsx': ({ planId, asOf }, ctx) =>
    asTask('planWorkbook', { planId, format: 'xlsx' }, async (task) => {
      const data = planWorkbookData(ctx.db, planId, asOf)
      task.stage('waiting')
      // exceljs loads in the export worker, on first use: the request loop never waits for it.
      const file = await renderPlanWorkbookOffThread(data, { started: () => task.stage('rendering') })
      task.stage('saving')
      return ctx.deliver(file)
    }),

  'axes/list': ({ planId }, ctx) => {
    if (getPlan(ctx.db, planId) === undefined) throw new AppError('NOT_FOUND', t('plan.errors.planNotFound'))
    return listAxes(ctx.db, planId)
  },
  'axes/save': (input, ctx) => saveAxis(ctx.db, input),
  'axes/reorder': ({ planId, ids }, ctx) => orderAxes(ctx.db, planId, ids),
  'axes/delete': ({ id }, ctx) => {
    removeAxis(ctx.db, id)
    return deleted
  },

  'engagements/save': (input, ctx) => saveEngagement(ctx.db, input),
  'engagements/get': ({ id, asOf }, ctx) => engagementDetail(ctx.db, id, asOf),
  'engagements/delete': ({ id }, ctx) => {
    removeEngagement(ctx.db, id)
    return deleted
  },

  'activities/save': (input, ctx) => saveActivity(ctx.db, input),
  'activities/delete': ({ id }, ctx) => {
    removeActivity(ctx.db, id)
    return deleted
  },

  'progress/report': (input, ctx) => reportProgress(ctx.db, input),
  'progress/delete': ({ id }, ctx) => {
    removeReport(ctx.db, id)
    return deleted
  },

  'replans/create': (input, ctx) => createReplan(ctx.db, input),
  'replans/list': (filters, ctx) => listReplans(ctx.db, filters),
  'replans/delete': ({ id }, ctx) => {
    removeReplan(ctx.db, id)
    return deleted
  },

  'meetingPlan/get': ({ meetingId, planId }, ctx) => meetingPlan(ctx.db, meetingId, planId),
  'meetingPlan/outline': ({ meetingId, planId }, ctx) => meetingPlanOutline(ctx.db, meetingId, planId),
  'meetingPlan/engagement': ({ meetingId, engagementId }, ctx) => meetingPlanEngagement(ctx.db, meetingId, engagementId),
  'meetingPlan/saveEngagement': (input, ctx) => saveMeetingEngagement(ctx.db, input),
  'meetingPlan/replanActivity': (input, ctx) => {
    setMeetingReplan(ctx.db, input)
    const activity = getActivityRow(ctx.db, input.activityId)
    if (activity === undefined) throw new AppError('NOT_FOUND', t('plan.errors.activityNotFound'))
    return meetingPlanActivity(ctx.db, input.meetingId, activity.id, activity.engagement_id)
  },
}
