import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { X } from 'lucide-react'
import { REPLAN_KINDS, type ReplanKind } from '../../../../shared/domain/vocabulary'
import type { ReplanListItem } from '../../../../shared/domain/plan'
import { longDate } from '../parts/format'

export interface ReplanFilterValues {
  meetingId: number | undefined
  engagementId: number | undefined
  kind: ReplanKind | undefined
}

/** The meetings and engagements that appear in the replans, for the filter lists. */
function choices(all: readonly ReplanListItem[]) {
  const meetings = new Map<number, { id: number; title: string; date: string | null }>()
  const engagements = new Map<number, { id: number; number: number; title: string }>()
  for (const r of all) {
    if (r.meeting) meetings.set(r.meeting.id, r.meeting)
    engagements.set(r.engagement.id, r.engagement)
  }
  return {
    meetings: [...meetings.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    engagements: [...engagements.values()].sort((a, b) => a.number - b.number),
  }
}

/** Filters of the replans list: meeting, engagement, kind. */
export function ReplanFilters({
  all,
  values,
  onChange,
}: {
  all: readonly ReplanListItem[]
  values: ReplanFilterValues
  onChange: (next: ReplanFilterValues) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const { meetings, engagements } = choices(all)
  const active = values.meetingId !== undefined || values.engagementId !== undefined || values.kind !== undefined
  const num = (v: string) => (v === '' ? undefined : Number(v))
  return (
    <div className="plan-filters" role="group" aria-label={t('planUi.replans.filters')}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-meeting`}>
          {t('planUi.replans.meeting')}
        </label>
        <select
          id={`${id}-meeting`}
          className="select"
          value={values.meetingId ?? ''}
          onChange={(e) => onChange({ ...values, meetingId: num(e.target.value) })}
        >
          <option value="">{t('planUi.replans.allMeetings')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.date ? t('planUi.asOf.meeting', { date: longDate(m.date), title: m.title }) : m.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field plan-filters__wide">
        <label className="field__label" htmlFor={`${id}-engagement`}>
          {t('planUi.replans.engagement')}
        </label>
        <select
          id={`${id}-engagement`}
          className="select"
          value={values.engagementId ?? ''}
          onChange={(e) => onChange({ ...values, engagementId: num(e.target.value) })}
        >
          <option value="">{t('planUi.replans.allEngagements')}</option>
          {engagements.map((e) => (
            <option key={e.id} value={e.id}>
              {t('planUi.replans.engagementOption', { number: e.number, title: e.title })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t('planUi.replans.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="select"
          value={values.kind ?? ''}
          onChange={(e) => onChange({ ...values, kind: REPLAN_KINDS.find((k) => k === e.target.value) })}
        >
          <option value="">{t('planUi.replans.allKinds')}</option>
          {REPLAN_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`replanKinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {active ? (
        <button type="button" className="btn btn--ghost plan-filters__reset" onClick={() => onChange({ meetingId: undefined, engagementId: undefined, kind: undefined })}>
          <X size={15} aria-hidden />
          {t('planUi.replans.reset')}
        </button>
      ) : null}
    </div>
  )
}
