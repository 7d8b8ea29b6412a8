import { useTranslation } from 'react-i18next'
import type { Committee } from '../../../shared/domain/directory'
import type { MeetingSummary } from '../../../shared/domain/meetings'
import type { EngagementChoice } from '../../../shared/domain/registers'
import { DECISION_STATUSES, type DecisionStatus } from '../../../shared/domain/vocabulary'
import { StatusFilter } from './StatusFilter'
import { Field } from '../../components/Field'
import { DateInput } from '../../components/DateInput'

export interface DecisionFilterValues {
  committeeId: number | null
  from: string | null
  to: string | null
  meetingId: number | null
  engagementId: number | null
  status: DecisionStatus | null
}

export const NO_DECISION_FILTERS: DecisionFilterValues = {
  committeeId: null,
  from: null,
  to: null,
  meetingId: null,
  engagementId: null,
  status: null,
}

/** The filter as the API takes it (only the fields set). */
export function decisionQuery(f: DecisionFilterValues) {
  return {
    ...(f.committeeId !== null ? { committeeId: f.committeeId } : {}),
    ...(f.from !== null ? { from: f.from } : {}),
    ...(f.to !== null ? { to: f.to } : {}),
    ...(f.meetingId !== null ? { meetingId: f.meetingId } : {}),
    ...(f.engagementId !== null ? { engagementId: f.engagementId } : {}),
    ...(f.status !== null ? { status: f.status } : {}),
  }
}

const idOf = (value: string) => (value ? Number(value) : null)

/** Committee, period, meeting, engagement and status above the register. */
export function DecisionFilters({
  value,
  onChange,
  committees,
  meetings,
  engagements,
}: {
  value: DecisionFilterValues
  onChange: (value: DecisionFilterValues) => void
  committees: readonly Committee[]
  meetings: readonly MeetingSummary[]
  engagements: readonly EngagementChoice[]
}) {
  const { t } = useTranslation()
  return (
    <div className="register-filters" role="search" aria-label={t('registers.decisions.title')}>
      <Field label={t('registers.filters.committee')}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={value.committeeId ?? ''}
            onChange={(e) => onChange({ ...value, committeeId: idOf(e.target.value), meetingId: null })}
          >
            <option value="">{t('registers.filters.allCommittees')}</option>
            {committees.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.acronym || committee.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('registers.filters.from')}>
        {(c) => (
          <DateInput {...c} value={value.from ?? ''} onChange={(date) => onChange({ ...value, from: date || null })} />
        )}
      </Field>
      <Field label={t('registers.filters.to')}>
        {(c) => (
          <DateInput {...c} value={value.to ?? ''} onChange={(date) => onChange({ ...value, to: date || null })} />
        )}
      </Field>
      <Field label={t('registers.filters.meeting')}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={value.meetingId ?? ''}
            onChange={(e) => onChange({ ...value, meetingId: idOf(e.target.value) })}
          >
            <option value="">{t('registers.filters.allMeetings')}</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {`${m.dates[0]?.date ?? ''} · ${m.title}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('registers.filters.engagement')}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={value.engagementId ?? ''}
            onChange={(e) => onChange({ ...value, engagementId: idOf(e.target.value) })}
          >
            <option value="">{t('registers.filters.allEngagements')}</option>
            {engagements.map((e) => (
              <option key={e.id} value={e.id}>
                {`${t('registers.decisions.engagementLine', { number: e.number })} — ${e.title}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <StatusFilter
        statuses={DECISION_STATUSES}
        labelOf={(s) => t(`registers.decisionStatuses.${s}`)}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
      />
    </div>
  )
}
