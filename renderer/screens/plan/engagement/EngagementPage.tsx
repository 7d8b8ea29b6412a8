import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { AlertTriangle, ArrowLeft } from 'lucide-react'
import type { EngagementDetail } from '../../../../shared/domain/plan'
import { formatPercent } from '../../../../shared/plan/bands'
import { api } from '../../../api/client'
import { useLoad } from '../parts/use-load'
import { useAsOf } from '../parts/plan-state'
import { LoadFailure } from '../parts/LoadFailure'
import { BandLabel, ProgressBar } from '../parts/Band'
import { SlipLabel } from '../parts/SlipLabel'
import { longDate } from '../parts/format'
import { AsOfPicker } from '../overview/AsOfPicker'
import { AsOfCaption } from '../overview/PlanOverviewPage'
import { ActivitiesTable } from './ActivitiesTable'
import { EngagementReports } from './EngagementReports'
import { ProgressChart } from './ProgressChart'
import { ReplanHistory } from './ReplanHistory'
import { EngagementHistoryButton } from '../../history/EngagementHistoryButton'

function BackLink() {
  const { t } = useTranslation()
  return (
    <a className="back-link plan-back" href="#/plan">
      <ArrowLeft size={16} aria-hidden />
      {t('planUi.back')}
    </a>
  )
}

/** One engagement: header, progress over time, activities, their replanning history, the reports. */
export function EngagementPage({ id }: { id: number }) {
  const { t } = useTranslation()
  const asOf = useAsOf()
  const load = useCallback(() => api.engagements.get({ id, asOf }), [id, asOf])
  const detail = useLoad(load)
  const data = detail.data

  if (data === undefined) {
    return (
      <div className="page plan-page">
        <BackLink />
        {detail.error !== null ? (
          detail.notFound ? (
            <div className="banner banner--error" role="alert">
              {t('planUi.engagement.notFound')}
            </div>
          ) : (
            <LoadFailure message={detail.error} onRetry={detail.reload} />
          )
        ) : (
          <div className="empty" aria-busy="true">
            {t('planUi.loading')}
          </div>
        )}
      </div>
    )
  }
  return (
    <div className={`page plan-page${detail.loading ? ' plan-body--stale' : ''}`} aria-busy={detail.loading}>
      <BackLink />
      {detail.error !== null ? <LoadFailure message={detail.error} onRetry={detail.reload} /> : null}
      <EngagementHeader data={data} />
      <div className="plan-toolbar">
        <AsOfPicker committeeId={data.plan.committeeId} asOf={asOf} referenceDate={data.asOf.referenceDate} />
        <AsOfCaption asOf={data.asOf} />
        <EngagementHistoryButton engagementId={data.engagement.id} title={data.engagement.title} />
      </div>
      <div className="engagement-grid">
        <section className="card" aria-labelledby="chart-title">
          <h2 id="chart-title" className="plan-card-title">
            {t('planUi.engagement.chartTitle')}
          </h2>
          <ProgressChart history={data.history} activities={data.activities} />
        </section>
        <Facts data={data} />
      </div>
      <section className="card plan-section" aria-labelledby="activities-title">
        <h2 id="activities-title" className="plan-card-title">
          {t('planUi.engagement.activitiesTitle')}
        </h2>
        <ActivitiesTable activities={data.activities} />
      </section>
      <section className="plan-section" aria-labelledby="history-title">
        <h2 id="history-title" className="plan-heading">
          {t('planUi.engagement.historyTitle')}
        </h2>
        <ReplanHistory activities={data.activities} />
      </section>
      <section className="card plan-section" aria-labelledby="reports-title">
        <h2 id="reports-title" className="plan-card-title">
          {t('planUi.engagement.reportsTitle')}
        </h2>
        <EngagementReports reports={data.reports} />
      </section>
    </div>
  )
}

function EngagementHeader({ data }: { data: EngagementDetail }) {
  const { t } = useTranslation()
  const e = data.engagement
  return (
    <header className="engagement-header">
      <div className="engagement-header__text">
        <span className="plan-eyebrow">{t('planUi.engagement.eyebrow', { number: e.number, axis: `${data.axis.position} — ${data.axis.title}` })}</span>
        <h1 className="page__title engagement-header__title">{e.title}</h1>
        <dl className="engagement-header__meta">
          <div>
            <dt>{t('planUi.engagement.responsible')}</dt>
            <dd>{e.responsible.name || t('planUi.engagement.none')}</dd>
          </div>
          <div>
            <dt>{t('planUi.engagement.projectLead')}</dt>
            <dd>{e.projectLead || t('planUi.engagement.none')}</dd>
          </div>
        </dl>
      </div>
      <div className="engagement-header__progress" data-testid="engagement-progress">
        <div className="engagement-header__percent">{formatPercent(data.percent)}</div>
        <BandLabel band={data.band} />
        <ProgressBar percent={data.percent} size="lg" />
        {data.late ? (
          <span className="flag flag--late" title={t('planUi.lateTitle')}>
            <AlertTriangle size={12} aria-hidden />
            {t('planUi.late')}
          </span>
        ) : null}
      </div>
    </header>
  )
}

function Facts({ data }: { data: EngagementDetail }) {
  const { t } = useTranslation()
  const replans = data.activities.reduce((n, a) => n + a.replanCount, 0)
  const slip = data.activities.reduce((n, a) => n + Math.max(0, a.slipDays ?? 0), 0)
  return (
    <section className="card facts" aria-label={t('planUi.engagement.factsLabel')}>
      <dl>
        <div>
          <dt>{t('planUi.engagement.facts.activities')}</dt>
          <dd>{data.activities.length}</dd>
        </div>
        <div>
          <dt>{t('planUi.engagement.facts.replans')}</dt>
          <dd>{replans}</dd>
        </div>
        <div>
          <dt>{t('planUi.engagement.facts.slip')}</dt>
          <dd>
            <SlipLabel days={slip} />
          </dd>
        </div>
        <div>
          <dt>{t('planUi.engagement.facts.lastReport')}</dt>
          <dd>{data.date ? longDate(data.date) : t('planUi.notReported')}</dd>
        </div>
        <div>
          <dt>{t('planUi.engagement.facts.source')}</dt>
          <dd>{t(`plan.sources.${data.source}`)}</dd>
        </div>
      </dl>
    </section>
  )
}
