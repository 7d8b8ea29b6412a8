import { useTranslation } from 'react-i18next'
import { ArrowRight } from 'lucide-react'
import type { ReplanListItem } from '../../../../shared/domain/plan'
import { PeriodLabel } from '../parts/PeriodLabel'
import { SlipLabel } from '../parts/SlipLabel'
import { longDate } from '../parts/format'

/** Every replan as a row: when and where it was decided, what moved, by how much, and why. */
export function ReplansTable({ items }: { items: readonly ReplanListItem[] }) {
  const { t } = useTranslation()
  return (
    <table className="plan-table replans-table" data-testid="replans-table">
      <thead>
        <tr>
          <th className="replans-table__date">{t('planUi.replans.columns.date')}</th>
          <th>{t('planUi.replans.columns.activity')}</th>
          <th className="replans-table__change">{t('planUi.replans.columns.change')}</th>
          <th className="num replans-table__slip">{t('planUi.replans.columns.slip')}</th>
          <th className="replans-table__kind">{t('planUi.replans.columns.kind')}</th>
          <th className="replans-table__reason">{t('planUi.replans.columns.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id} data-testid="replan-row">
            <td className="replans-table__date">
              <div className="replans-table__strong">{longDate(r.date)}</div>
              {r.meeting ? (
                <a className="plan-table__meta replans-table__meeting" href={`#/plan/meetings/${r.meeting.id}`} title={t('planUi.replans.meetingLinkTitle')}>
                  {r.meeting.title}
                </a>
              ) : null}
            </td>
            <td>
              <a
                className="plan-table__meta replans-table__engagement"
                href={`#/plan/engagements/${r.engagement.id}`}
                title={t('planUi.replans.engagementOption', { number: r.engagement.number, title: r.engagement.title })}
              >
                {t('planUi.replans.engagementNumber', { number: r.engagement.number })} · {r.engagement.title}
              </a>
              <div className="replans-table__strong">
                {t('planUi.replans.activityNumber', { number: r.activity.number })} — {r.activity.title}
              </div>
            </td>
            <td className="replans-table__change">
              <span className="change">
                <span className="change__from">
                  <PeriodLabel period={r.previous} />
                </span>
                <ArrowRight size={14} aria-label="→" className="change__arrow" />
                <span className="change__to">
                  <PeriodLabel period={r.next} />
                </span>
              </span>
            </td>
            <td className="num">
              <SlipLabel days={r.slipDays} />
            </td>
            <td>
              <span className={`kind-badge kind-badge--${r.kind}`}>{t(`replanKinds.${r.kind}`)}</span>
            </td>
            <td className={`replans-table__reason${r.reason ? '' : ' muted'}`}>{r.reason || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
