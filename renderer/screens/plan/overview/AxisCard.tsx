import { useTranslation } from 'react-i18next'
import { AlertTriangle } from 'lucide-react'
import type { AxisOverview, EngagementOverview } from '../../../../shared/domain/plan'
import { formatPercent } from '../../../../shared/plan/bands'
import { navigate } from '../../../app/routes'
import { BandLabel, ProgressBar, ProgressCell } from '../parts/Band'
import { SlipLabel } from '../parts/SlipLabel'

/** An axis with its percentage and its engagements as rows; a row opens the engagement page. */
export function AxisCard({ axis }: { axis: AxisOverview }) {
  const { t } = useTranslation()
  const titleId = `axis-${axis.id}-title`
  return (
    <section className="card axis-card" aria-labelledby={titleId} data-testid={`axis-${axis.position}`}>
      <header className="axis-card__header">
        <div className="axis-card__heading">
          <span className="plan-eyebrow">{t('planUi.overview.axis', { position: axis.position })}</span>
          <h2 id={titleId} className="axis-plan-card-title">
            {axis.title}
          </h2>
          <span className="axis-card__count">{t('planUi.overview.axisEngagements', { count: axis.engagements.length })}</span>
        </div>
        <div className="axis-card__progress" data-testid="axis-percent">
          <ProgressBar percent={axis.percent} />
          <span className="axis-card__value">{formatPercent(axis.percent)}</span>
          <BandLabel band={axis.band} />
        </div>
      </header>
      {axis.engagements.length === 0 ? (
        <p className="muted axis-card__empty">{t('planUi.overview.noEngagements')}</p>
      ) : (
        <table className="plan-table">
          <thead>
            <tr>
              <th className="plan-table__num">{t('planUi.overview.columns.number')}</th>
              <th>{t('planUi.overview.columns.engagement')}</th>
              <th className="plan-table__progress">{t('planUi.overview.columns.progress')}</th>
              <th className="plan-table__band">{t('planUi.overview.columns.band')}</th>
              <th className="num plan-table__count">{t('planUi.overview.columns.replans')}</th>
              <th className="num plan-table__slip">{t('planUi.overview.columns.slip')}</th>
            </tr>
          </thead>
          <tbody>
            {axis.engagements.map((e) => (
              <EngagementRow key={e.id} engagement={e} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function EngagementRow({ engagement: e }: { engagement: EngagementOverview }) {
  const { t } = useTranslation()
  const href = `#/plan/engagements/${e.id}`
  return (
    <tr className="plan-table__row" data-testid={`engagement-${e.number}`} onClick={() => navigate(`plan/engagements/${e.id}`)}>
      <td className="plan-table__num">{e.number}</td>
      <td>
        <a className="plan-table__title" href={href} onClick={(event) => event.stopPropagation()}>
          {e.title}
        </a>
        <div className="plan-table__meta">
          {e.responsible.name ? <span>{e.responsible.name}</span> : null}
          {e.late ? (
            <span className="flag flag--late" title={t('planUi.lateTitle')}>
              <AlertTriangle size={12} aria-hidden />
              {t('planUi.late')}
            </span>
          ) : null}
          {e.source === 'declared' ? (
            <span className="flag flag--muted" title={t('planUi.declaredTitle')}>
              {t('planUi.declared')}
            </span>
          ) : null}
          {!e.reported ? <span className="flag flag--muted">{t('planUi.notReported')}</span> : null}
        </div>
      </td>
      <td className="plan-table__progress" data-testid="engagement-percent">
        <ProgressCell percent={e.percent} />
      </td>
      <td className="plan-table__band">
        <BandLabel band={e.band} />
      </td>
      <td className="num" title={t('planUi.overview.replanCountTitle', { replans: t('planUi.overview.replanCount', { count: e.replanCount }), twice: t('planUi.overview.replannedActivities', { count: e.activitiesReplannedMoreThanOnce }) })}>
        {e.replanCount > 0 ? e.replanCount : <span className="muted">0</span>}
      </td>
      <td className="num">
        <SlipLabel days={e.slipDays === 0 ? null : e.slipDays} />
      </td>
    </tr>
  )
}
