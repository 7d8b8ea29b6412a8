import { useCallback, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api/client'
import { useLoad } from '../parts/use-load'
import { setAsOf, type AsOf } from '../parts/plan-state'
import { longDate, todayIso } from '../parts/format'
import { DateInput } from '../../../components/DateInput'

const DATE_CHOICE = 'date'

function choiceOf(asOf: AsOf): string {
  if (asOf === undefined) return ''
  return 'meetingId' in asOf ? `m${asOf.meetingId}` : DATE_CHOICE
}

/**
 * « Situation au » : now, the day of one of the committee's meetings, or any date. The figures of
 * every plan screen follow it (reports and replans recorded after it are left out).
 */
export function AsOfPicker({ committeeId, asOf, referenceDate }: { committeeId: number | null; asOf: AsOf; referenceDate: string }) {
  const { t } = useTranslation()
  const id = useId()
  // The latest 200 meetings (the list is paged by the database): enough to pick a recent situation;
  // any other day through « autre date ».
  const loadMeetings = useCallback(
    () => api.meetings.list({ ...(committeeId === null ? {} : { committeeId }), limit: 200 }).then((page) => page.meetings),
    [committeeId],
  )
  const meetings = useLoad(loadMeetings)
  const dated = (meetings.data ?? [])
    .map((m) => ({ id: m.id, title: m.title, date: m.dates.map((d) => d.date).sort()[0] }))
    .filter((m): m is { id: number; title: string; date: string } => m.date !== undefined)
    .sort((a, b) => b.date.localeCompare(a.date))
  const choice = choiceOf(asOf)

  const onChoice = (value: string) => {
    if (value === '') setAsOf(undefined)
    else if (value === DATE_CHOICE) setAsOf({ date: referenceDate || todayIso() })
    else setAsOf({ meetingId: Number(value.slice(1)) })
  }

  return (
    <div className="as-of">
      <label className="field__label" htmlFor={id}>
        {t('planUi.asOf.label')}
      </label>
      <div className="as-of__controls">
        <select id={id} className="select as-of__select" value={choice} onChange={(e) => onChoice(e.target.value)}>
          <option value="">{t('planUi.asOf.now')}</option>
          {dated.length > 0 ? (
            <optgroup label={t('planUi.asOf.meetingsGroup')}>
              {dated.map((m) => (
                <option key={m.id} value={`m${m.id}`}>
                  {t('planUi.asOf.meeting', { date: longDate(m.date), title: m.title })}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value={DATE_CHOICE}>{t('planUi.asOf.otherDate')}</option>
        </select>
        {asOf !== undefined && 'date' in asOf ? (
          <DateInput
            className="as-of__date"
            aria-label={t('planUi.asOf.dateLabel')}
            value={asOf.date}
            onChange={(date) => {
              if (date) setAsOf({ date })
            }}
          />
        ) : null}
      </div>
    </div>
  )
}
