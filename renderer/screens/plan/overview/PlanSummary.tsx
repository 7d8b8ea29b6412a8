import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { PROGRESS_BANDS, formatPercent } from '../../../../shared/plan/bands'
import type { PlanOverview } from '../../../../shared/domain/plan'
import { BandLabel, ProgressBar } from '../parts/Band'
import { formatNumber, slipText } from '../parts/format'

/** One of the figures a coordinator reads first. */
function Figure({ label, value, detail, tone, testId }: { label: string; value: string; detail: string; tone?: 'alert' | 'good'; testId: string }) {
  return (
    <div className={`figure${tone ? ` figure--${tone}` : ''}`} data-testid={testId}>
      <div className="figure__label">{label}</div>
      <div className="figure__value">{value}</div>
      <div className="figure__detail">{detail}</div>
    </div>
  )
}

/** The plan's progress, its band, how its engagements spread over the bands, and the headline figures. */
export function PlanSummary({ overview }: { overview: PlanOverview }) {
  const { t } = useTranslation()
  const h = overview.headline
  const total = h.engagementCount
  return (
    <section className="card plan-summary" aria-labelledby="plan-progress-title">
      <div className="plan-summary__main">
        <h2 id="plan-progress-title" className="plan-eyebrow">
          {t('planUi.overview.planProgress')}
        </h2>
        <div className="plan-summary__percent" data-testid="plan-percent">
          <span className="plan-summary__value">{formatPercent(overview.percent)}</span>
          <BandLabel band={overview.band} />
        </div>
        <ProgressBar percent={overview.percent} size="lg" />
        <div className="plan-summary__hint">{t('planUi.overview.planProgressHint', { count: total })}</div>
      </div>
      <div className="plan-summary__figures">
        <Figure
          testId="figure-late"
          label={t('planUi.overview.figures.late')}
          value={formatNumber(h.lateEngagementCount)}
          detail={t('planUi.overview.figures.lateDetail', { total, count: h.lateActivityCount, activities: formatNumber(h.lateActivityCount) })}
          {...(h.lateEngagementCount > 0 ? { tone: 'alert' as const } : {})}
        />
        <Figure
          testId="figure-replanned"
          label={t('planUi.overview.figures.replannedTwice')}
          value={formatNumber(h.activitiesReplannedMoreThanOnce)}
          detail={t('planUi.overview.figures.replannedTwiceDetail', { count: h.replanCount })}
          {...(h.activitiesReplannedMoreThanOnce > 0 ? { tone: 'alert' as const } : {})}
        />
        <Figure
          testId="figure-slip"
          label={t('planUi.overview.figures.slip')}
          value={slipText(t, h.totalSlipDays)}
          detail={t('planUi.overview.figures.slipDetail', { count: h.slippedActivityCount })}
          {...(h.totalSlipDays > 0 ? { tone: 'alert' as const } : {})}
        />
        <Figure
          testId="figure-done"
          label={t('planUi.overview.figures.done')}
          value={formatNumber(h.engagementsByBand.termine)}
          detail={t('planUi.overview.figures.doneDetail', { total })}
          tone="good"
        />
      </div>
      <div className="plan-summary__bands">
        <div className="band-split" role="img" aria-label={bandsText(t, h.engagementsByBand)}>
          {PROGRESS_BANDS.map((band) =>
            h.engagementsByBand[band] > 0 ? (
              <span key={band} className={`band-split__part band-bg--${band}`} style={{ flexGrow: h.engagementsByBand[band] }} />
            ) : null,
          )}
        </div>
        <div className="band-legend">
          <span className="band-legend__title">{t('planUi.overview.distribution')}</span>
          {PROGRESS_BANDS.map((band) => (
            <span key={band} className="band-legend__item">
              <BandLabel band={band} /> <strong>{h.engagementsByBand[band]}</strong>
            </span>
          ))}
          {h.toClarifyCount > 0 ? (
            <span className="band-legend__item band-legend__clarify">{t('planUi.overview.toClarify', { count: h.toClarifyCount })}</span>
          ) : null}
        </div>
      </div>
    </section>
  )
}

function bandsText(t: TFunction, counts: Record<(typeof PROGRESS_BANDS)[number], number>): string {
  const value = PROGRESS_BANDS.map((b) => `${t(`bands.${b}`)} ${counts[b]}`).join(t('join.list'))
  return t('join.labelValue', { label: t('planUi.overview.distribution'), value })
}
