import { useTranslation } from 'react-i18next'
import type { ProgressReportView } from '../../../../shared/domain/plan'
import { formatPercent } from '../../../../shared/plan/bands'
import { BandLabel } from '../parts/Band'
import { longDate } from '../parts/format'

/** The « état d'avancement » reported for the engagement as a whole, newest first. */
export function EngagementReports({ reports }: { reports: readonly ProgressReportView[] }) {
  const { t } = useTranslation()
  if (reports.length === 0) return <p className="muted">{t('planUi.engagement.reportsEmpty')}</p>
  return (
    <ol className="reports">
      {[...reports].reverse().map((r) => (
        <li key={r.id} className="reports__item">
          <div className="reports__head">
            <strong>{longDate(r.date)}</strong>
            {r.meeting ? <span className="muted">{r.meeting.title}</span> : null}
            <span className="reports__percent">{formatPercent(r.percent)}</span>
            <BandLabel band={r.band} />
          </div>
          {r.narrative ? <p className="reports__text">{r.narrative}</p> : null}
          {r.replanning ? (
            <p className="reports__text">
              <span className="reports__label">{t('planUi.engagement.reportReplanning')} : </span>
              {r.replanning}
            </p>
          ) : null}
          {r.difficulties ? (
            <p className="reports__text">
              <span className="reports__label">{t('planUi.engagement.reportDifficulties')} : </span>
              {r.difficulties}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
