/** The rows of the plan follow-up workbook: one per activity, with its figures and planned periods. */
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import type { AsOfView, PeriodView, PlanInfo } from '../../shared/domain/plan'
import type { EngagementProgress, ProgressBand } from '../../shared/plan/progress'
import { viewOf } from '../db/repos/plan/periods'
import { getPlan } from '../db/repos/plan/plans'
import { latestActivityNarratives } from '../db/repos/plan/progress-reports'
import { listPlanReplanRows } from '../db/repos/plan/replans'
import { activityFacts } from './plan-overview'
import { loadPlanProgress, resolveAsOf, type AsOfInput } from './plan-progress'
import { groupReplans } from './plan-timeline'

export interface PlanWorkbookRow {
  axis: string
  engagementNumber: number
  engagement: string
  responsible: string
  /** The engagement's progress (declared for the engagement, or computed from its activities). */
  engagementPercent: number
  /** Null on the single row of an engagement that has no activity. */
  activityNumber: number | null
  activity: string
  weight: number | null
  percent: number
  band: ProgressBand
  baseline: string
  current: string
  replanCount: number | null
  slipDays: number | null
  narrative: string
}

export interface PlanWorkbookData {
  plan: PlanInfo
  asOf: AsOfView
  rows: PlanWorkbookRow[]
}

/** A period as printed: clean French, or the text as typed followed by « (à préciser) ». */
export function printedPeriod(view: PeriodView): string {
  return view.toClarify ? `${view.text} (${t('plan.period.toClarify')})` : view.formatted
}

/** Loads everything the workbook prints, as of now, a meeting or a date. */
export function planWorkbookData(db: Db, planId: number, asOfInput: AsOfInput): PlanWorkbookData {
  const plan = getPlan(db, planId)
  if (plan === undefined) throw new AppError('NOT_FOUND', t('plan.errors.planNotFound'))
  const asOf = resolveAsOf(db, asOfInput)
  const data = loadPlanProgress(db, planId, asOf.cutoff)
  const replans = groupReplans(listPlanReplanRows(db, planId))
  const narratives = latestActivityNarratives(db, planId, asOf.cutoff)
  const rows: PlanWorkbookRow[] = []
  for (const axis of data.tree) {
    for (const engagement of axis.engagements) {
      const figures = data.engagements.get(engagement.id) as EngagementProgress
      const common = {
        axis: axis.title,
        engagementNumber: engagement.number,
        engagement: engagement.title,
        responsible: engagement.responsible.name,
        engagementPercent: figures.percent,
      }
      if (engagement.activities.length === 0) {
        rows.push({
          ...common,
          activityNumber: null,
          activity: '',
          weight: null,
          percent: figures.percent,
          band: figures.band,
          baseline: '',
          current: '',
          replanCount: null,
          slipDays: null,
          narrative: '',
        })
        continue
      }
      for (const f of activityFacts(engagement, figures, replans, asOf.cutoff, asOf.view.referenceDate)) {
        rows.push({
          ...common,
          activityNumber: f.row.number,
          activity: f.row.title,
          weight: f.row.weight,
          percent: f.progress.percent,
          band: f.progress.band,
          baseline: printedPeriod(viewOf(f.row.baseline_text, f.timeline.baselinePeriod)),
          current: printedPeriod(viewOf(f.timeline.currentText, f.timeline.currentPeriod)),
          replanCount: f.timeline.replans.length,
          slipDays: f.timeline.slip,
          narrative: narratives.get(f.row.id) ?? '',
        })
      }
    }
  }
  return { plan, asOf: asOf.view, rows }
}
