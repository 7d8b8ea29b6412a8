import { useTranslation } from 'react-i18next'
import { Search } from 'lucide-react'
import type { Committee } from '../../../../shared/domain/directory'
import { MEETING_STATUSES, type MeetingStatus } from '../../../../shared/domain/vocabulary'
import { Field } from '../../../components/Field'

export interface MeetingFilterValues {
  committeeId: number | null
  year: number | null
  status: MeetingStatus | null
  search: string
}

export const NO_FILTERS: MeetingFilterValues = { committeeId: null, year: null, status: null, search: '' }

/** Committee, year, status and title search above the meetings list. */
export function MeetingFilters({
  value,
  onChange,
  committees,
  years,
}: {
  value: MeetingFilterValues
  onChange: (value: MeetingFilterValues) => void
  committees: readonly Committee[]
  years: readonly number[]
}) {
  const { t } = useTranslation()
  return (
    <div className="meeting-filters" role="search" aria-label={t('meetings.list.filters')}>
      <Field label={t('meetings.list.search')} className="meeting-filters__search">
        {(c) => (
          <div className="input-with-icon">
            <Search size={15} aria-hidden className="input-with-icon__icon" />
            <input
              {...c}
              className="input"
              type="search"
              value={value.search}
              placeholder={t('meetings.list.searchPlaceholder')}
              onChange={(e) => onChange({ ...value, search: e.target.value })}
            />
          </div>
        )}
      </Field>
      <Field label={t('meetings.list.committee')}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={value.committeeId ?? ''}
            onChange={(e) => onChange({ ...value, committeeId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('meetings.list.allCommittees')}</option>
            {committees.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.acronym ? `${committee.acronym} — ${committee.name}` : committee.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('meetings.list.year')}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={value.year ?? ''}
            onChange={(e) => onChange({ ...value, year: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('meetings.list.allYears')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('meetings.list.status')}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={value.status ?? ''}
            onChange={(e) => onChange({ ...value, status: MEETING_STATUSES.find((s) => s === e.target.value) ?? null })}
          >
            <option value="">{t('meetings.list.allStatuses')}</option>
            {MEETING_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`meetingStatuses.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  )
}
