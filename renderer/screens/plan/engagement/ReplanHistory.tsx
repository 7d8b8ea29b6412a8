import { useTranslation } from 'react-i18next'
import type { ActivityDetail, ReplanView } from '../../../../shared/domain/plan'
import { PeriodLabel } from '../parts/PeriodLabel'
import { SlipLabel } from '../parts/SlipLabel'
import { longDate } from '../parts/format'

/** For each replanned activity, its planned period from the baseline through each revision. */
export function ReplanHistory({ activities }: { activities: readonly ActivityDetail[] }) {
  const { t } = useTranslation()
  const replanned = activities.filter((a) => a.replans.length > 0)
  const never = activities.length - replanned.length
  if (replanned.length === 0) return <p className="muted">{t('planUi.engagement.historyEmpty')}</p>
  return (
    <div className="replan-history">
      {replanned.map((a) => (
        <ActivityTimeline key={a.id} activity={a} />
      ))}
      {never > 0 ? <p className="muted replan-history__never">{t('planUi.engagement.neverReplanned', { count: never })}</p> : null}
    </div>
  )
}

function ActivityTimeline({ activity: a }: { activity: ActivityDetail }) {
  const { t } = useTranslation()
  const headingId = `activity-history-${a.id}`
  return (
    <section className="timeline-card" aria-labelledby={headingId} data-testid={`history-${a.number}`}>
      <h3 id={headingId} className="timeline-plan-card-title" tabIndex={-1}>
        {t('planUi.engagement.activityHeading', { number: a.number, title: a.title })}
      </h3>
      <ol className="timeline">
        <li className="timeline__step timeline__step--baseline">
          <span className="timeline__dot" aria-hidden />
          <span className="timeline__label">{t('planUi.engagement.baseline')}</span>
          <span className="timeline__period">
            <PeriodLabel period={a.baseline} />
          </span>
        </li>
        {a.replans.map((r, i) => (
          <Revision key={r.id} replan={r} n={i + 1} />
        ))}
      </ol>
    </section>
  )
}

function Revision({ replan: r, n }: { replan: ReplanView; n: number }) {
  const { t } = useTranslation()
  return (
    <li className={`timeline__step timeline__step--${r.kind}`} data-testid="revision">
      <span className="timeline__dot" aria-hidden />
      <span className="timeline__label">{t('planUi.engagement.revision', { n })}</span>
      <span className="timeline__period">
        <PeriodLabel period={r.next} />
      </span>
      <span className="timeline__slip">
        <SlipLabel days={r.slipDays} emptyText={t('planUi.engagement.slipUnknown')} />
      </span>
      <div className="timeline__meta">
        <span className={`kind-badge kind-badge--${r.kind}`}>{t(`replanKinds.${r.kind}`)}</span>
        <span>
          {longDate(r.date)}
          {r.meeting ? ` · ${r.meeting.title}` : ''}
        </span>
      </div>
      <div className={`timeline__reason${r.reason ? '' : ' muted'}`}>{r.reason ? r.reason : t('planUi.engagement.noReason')}</div>
    </li>
  )
}
