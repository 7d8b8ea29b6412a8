import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingSummary } from '../../../../shared/domain/meetings'
import { navigate } from '../../../app/routes'
import { meetingDatesText } from '../meeting-text'
import { StatusBadge } from '../StatusBadge'
import { ActionCounts } from '../../registers/ActionCounts'

/**
 * The meetings loaded so far, newest first; a row opens its meeting (the title is the keyboard link).
 * « Afficher plus » asks the database for the next page.
 */
export function MeetingsTable({
  meetings,
  remaining,
  loadingMore,
  moreError,
  onMore,
}: {
  meetings: readonly MeetingSummary[]
  /** Meetings matching the filters that are not loaded yet. */
  remaining: number
  loadingMore: boolean
  moreError: string | null
  onMore: () => void
}) {
  const { t } = useTranslation()
  return (
    <div className="card meetings-table-card">
      <table className="meetings-table">
        <thead>
          <tr>
            <th scope="col" className="meetings-table__date">
              {t('meetings.list.columns.date')}
            </th>
            <th scope="col">{t('meetings.list.columns.title')}</th>
            <th scope="col">{t('meetings.list.columns.committee')}</th>
            <th scope="col">{t('meetings.list.columns.mode')}</th>
            <th scope="col">{t('meetings.list.columns.status')}</th>
            <th scope="col" className="num">
              {t('meetings.list.columns.present')}
            </th>
            <th scope="col" className="num">
              {t('meetings.list.columns.decisions')}
            </th>
            <th scope="col" className="num">
              {t('registers.list.openActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <MeetingRow key={m.id} meeting={m} />
          ))}
        </tbody>
      </table>
      {moreError !== null ? (
        <div className="banner banner--error" role="alert">
          <span className="banner__text">{t('meetings.list.loadFailed', { message: moreError })}</span>
        </div>
      ) : null}
      {remaining > 0 ? (
        <div className="meetings-table__more">
          <button type="button" className="btn" onClick={onMore} disabled={loadingMore} aria-busy={loadingMore}>
            {loadingMore ? t('meetings.list.loadingMore') : t('meetings.list.showMore', { count: remaining })}
          </button>
        </div>
      ) : null}
    </div>
  )
}

const MeetingRow = memo(function MeetingRow({ meeting: m }: { meeting: MeetingSummary }) {
  const { t } = useTranslation()
  const dates = meetingDatesText(m.dates)
  return (
    <tr className="meetings-table__row" onClick={() => navigate(`meetings/${m.id}`)}>
      <td className="meetings-table__date">{dates || <span className="muted">{t('meetings.list.noDate')}</span>}</td>
      <td>
        <a className="meetings-table__title" href={`#/meetings/${m.id}`} onClick={(e) => e.stopPropagation()}>
          {m.title}
        </a>
        <span className="meetings-table__kind">{t(`meetingKinds.${m.kind}`)}</span>
      </td>
      <td title={m.committeeName}>{m.committeeAcronym || m.committeeName}</td>
      <td className="meetings-table__nowrap">{t(`meetingModes.${m.mode}`)}</td>
      <td>
        <StatusBadge status={m.status} />
      </td>
      <td className="num">{m.presentCount}</td>
      <td className="num">{m.decisionCount}</td>
      <ActionCounts open={m.openActions} overdue={m.overdueActions} />
    </tr>
  )
})
