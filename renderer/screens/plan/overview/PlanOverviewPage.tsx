import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { FileUp, History, Pencil } from 'lucide-react'
import type { AsOfView, PlanSummary as PlanSummaryData } from '../../../../shared/domain/plan'
import { api } from '../../../api/client'
import { useLoad } from '../parts/use-load'
import { useAsOf } from '../parts/plan-state'
import { LoadFailure } from '../parts/LoadFailure'
import { longDate } from '../parts/format'
import { AsOfPicker } from './AsOfPicker'
import { AxisCard } from './AxisCard'
import { ExportPlanButton } from './ExportPlanButton'
import { PlanPicker } from './PlanPicker'
import { PlanSummary } from './PlanSummary'

/** « Situation au 15 juillet 2020 » / « Situation à la réunion du … ». */
export function AsOfCaption({ asOf }: { asOf: AsOfView }) {
  const { t } = useTranslation()
  const text =
    asOf.meeting?.date
      ? t('planUi.asOf.referenceMeeting', { date: longDate(asOf.meeting.date) })
      : t('planUi.asOf.reference', { date: longDate(asOf.referenceDate) })
  return <span className="as-of-caption">{text}</span>
}

/** The overview: the plan's figures, then each axis with its engagements. */
export function PlanOverviewPage({ plan, plans }: { plan: PlanSummaryData; plans: PlanSummaryData[] }) {
  const { t } = useTranslation()
  const asOf = useAsOf()
  const load = useCallback(() => api.plans.overview({ planId: plan.id, asOf }), [plan.id, asOf])
  const overview = useLoad(load)
  const data = overview.data

  const subtitle = [
    plan.periodLabel ? t('planUi.overview.subtitle', { period: plan.periodLabel }) : null,
    plan.committeeName ? t('planUi.overview.subtitleCommittee', { committee: plan.committeeName }) : null,
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <div className="page plan-page">
      <header className="page__header plan-header">
        <div>
          <h1 className="page__title">{plan.title}</h1>
          {subtitle ? <p className="page__subtitle">{subtitle}</p> : null}
        </div>
        <div className="page__actions plan-header__actions">
          <ExportPlanButton planId={plan.id} asOf={asOf} />
          <a className="btn" href="#/plan/replans">
            <History size={16} aria-hidden />
            {t('planUi.overview.replansLink')}
          </a>
          <a className="btn" href="#/plan/structure">
            <Pencil size={16} aria-hidden />
            {t('planUi.overview.editStructure')}
          </a>
          <a className="btn" href="#/plan/import">
            <FileUp size={16} aria-hidden />
            {t('planImport.open')}
          </a>
        </div>
      </header>

      <div className="plan-toolbar">
        {plans.length > 1 ? <PlanPicker plans={plans} planId={plan.id} /> : null}
        <AsOfPicker committeeId={plan.committeeId} asOf={asOf} referenceDate={data?.asOf.referenceDate ?? ''} />
        {data ? <AsOfCaption asOf={data.asOf} /> : null}
      </div>

      {overview.error !== null ? <LoadFailure message={overview.error} onRetry={overview.reload} /> : null}
      {data === undefined ? (
        overview.error === null ? (
          <div className="empty" aria-busy="true">
            {t('planUi.loading')}
          </div>
        ) : null
      ) : (
        <div className={`plan-body${overview.loading ? ' plan-body--stale' : ''}`} aria-busy={overview.loading}>
          {data.headline.engagementCount > 0 ? <PlanSummary overview={data} /> : null}
          {data.axes.length === 0 ? <div className="card empty">{t('planUi.overview.noAxes')}</div> : null}
          {data.axes.map((axis) => (
            <AxisCard key={axis.id} axis={axis} />
          ))}
        </div>
      )}
    </div>
  )
}
