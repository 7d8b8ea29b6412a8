import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { AlertTriangle } from 'lucide-react'
import type { ActivityDetail } from '../../../../shared/domain/plan'
import { BandLabel, ProgressCell } from '../parts/Band'
import { PeriodLabel } from '../parts/PeriodLabel'
import { SlipLabel } from '../parts/SlipLabel'
import { daysText, formatWeight } from '../parts/format'

/** The activities of an engagement: weight, progress, baseline and current planned period, replans and slip. */
export function ActivitiesTable({ activities }: { activities: readonly ActivityDetail[] }) {
  const { t } = useTranslation()
  if (activities.length === 0) return <p className="muted">{t('planUi.engagement.noActivities')}</p>
  return (
    <table className="plan-table activities-table" data-testid="activities-table">
      <thead>
        <tr>
          <th className="plan-table__num">{t('planUi.engagement.columns.number')}</th>
          <th>{t('planUi.engagement.columns.activity')}</th>
          <th className="num activities-table__weight">{t('planUi.engagement.columns.weight')}</th>
          <th className="activities-table__progress">{t('planUi.engagement.columns.progress')}</th>
          <th className="activities-table__period">{t('planUi.engagement.columns.baseline')}</th>
          <th className="activities-table__period">{t('planUi.engagement.columns.current')}</th>
          <th className="num plan-table__count">{t('planUi.engagement.columns.replans')}</th>
          <th className="num plan-table__slip">{t('planUi.engagement.columns.slip')}</th>
        </tr>
      </thead>
      <tbody>
        {activities.map((a) => (
          <tr key={a.id} data-testid={`activity-${a.number}`} data-activity-id={a.id}>
            <td className="plan-table__num">{a.number}</td>
            <td>
              <div className="activities-table__title">{a.title}</div>
              {a.late ? (
                <span className="flag flag--late" title={t('planUi.lateTitle')}>
                  <AlertTriangle size={12} aria-hidden />
                  {a.daysLate !== null ? t('planUi.engagement.daysLate', { days: daysText(t, a.daysLate) }) : t('planUi.late')}
                </span>
              ) : null}
            </td>
            <td className="num">{formatWeight(a.weight)}</td>
            <td className="activities-table__progress">
              <ProgressCell percent={a.percent} size="sm" />
              <BandLabel band={a.band} />
            </td>
            <td className="activities-table__period">
              <PeriodLabel period={a.baseline} />
            </td>
            <td className="activities-table__period">
              <PeriodLabel period={a.current} />
            </td>
            <td className="num">
              {a.replanCount > 0 ? (
                <a className="count-link" href={`#activity-history-${a.id}`} onClick={(e) => jumpTo(e, `activity-history-${a.id}`)}>
                  {a.replanCount}
                </a>
              ) : (
                <span className="muted">0</span>
              )}
            </td>
            <td className="num">
              <SlipLabel days={a.replanCount === 0 ? null : a.slipDays} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** In-page jump without touching the hash (the hash is the route). */
function jumpTo(event: MouseEvent, id: string): void {
  event.preventDefault()
  const target = document.getElementById(id)
  if (target === null) return
  target.scrollIntoView({ behavior: 'smooth', block: 'start' })
  target.focus({ preventScroll: true })
}
