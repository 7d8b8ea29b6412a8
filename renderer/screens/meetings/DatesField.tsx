import { useTranslation } from 'react-i18next'
import { Plus, X } from 'lucide-react'
import type { MeetingDate } from '../../../shared/domain/meetings'
import { Field } from '../../components/Field'
import { DateInput, TimeInput } from '../../components/DateInput'

/**
 * The dates of a meeting, each with optional start and end times; rows are added and removed.
 * `errors` are keyed like the API's fields: `dates`, `dates[1].endTime`…
 */
export function DatesField({
  dates,
  onChange,
  errors,
  nextDate,
}: {
  dates: readonly MeetingDate[]
  onChange: (dates: MeetingDate[]) => void
  errors: Record<string, string>
  /** The date proposed for a new row. */
  nextDate?: () => string
}) {
  const { t } = useTranslation()
  const set = (index: number, patch: Partial<MeetingDate>) =>
    onChange(dates.map((d, i) => (i === index ? { ...d, ...patch } : d)))
  const timeOrNull = (value: string): string | null => (value === '' ? null : value)
  return (
    <fieldset className="dates-field">
      <legend className="field__label">{t('meetings.header.dates')}</legend>
      {dates.map((d, index) => {
        const n = index + 1
        const multi = dates.length > 1
        return (
          <div className="dates-field__row" key={index} data-testid={`date-row-${index}`}>
            <Field
              label={multi ? t('meetings.header.dateN', { n }) : t('meetings.header.date')}
              error={errors[`dates[${index}].date`]}
            >
              {(c) => (
                <DateInput {...c} value={d.date} onChange={(date) => set(index, { date })} />
              )}
            </Field>
            <Field
              label={
                multi
                  ? `${t('meetings.header.startTime')} (${t('meetings.header.dateN', { n })})`
                  : t('meetings.header.startTime')
              }
              error={errors[`dates[${index}].startTime`]}
            >
              {(c) => (
                <TimeInput
                  {...c}
                  value={d.startTime ?? ''}
                  onChange={(time) => set(index, { startTime: timeOrNull(time) })}
                />
              )}
            </Field>
            <Field
              label={
                multi
                  ? `${t('meetings.header.endTime')} (${t('meetings.header.dateN', { n })})`
                  : t('meetings.header.endTime')
              }
              error={errors[`dates[${index}].endTime`]}
            >
              {(c) => (
                <TimeInput
                  {...c}
                  value={d.endTime ?? ''}
                  onChange={(time) => set(index, { endTime: timeOrNull(time) })}
                />
              )}
            </Field>
            <button
              type="button"
              className="icon-btn icon-btn--danger dates-field__remove"
              onClick={() => onChange(dates.filter((_, i) => i !== index))}
              aria-label={t('meetings.header.removeDate', { n })}
              title={t('meetings.header.removeDate', { n })}
              disabled={!multi}
            >
              <X size={16} aria-hidden />
            </button>
          </div>
        )
      })}
      {errors.dates ? (
        <div className="field__error" role="alert">
          {errors.dates}
        </div>
      ) : null}
      <div>
        <button
          type="button"
          className="btn btn--ghost btn--sm"
          onClick={() =>
            onChange([
              ...dates,
              {
                date: nextDate?.() ?? '',
                startTime: dates.at(-1)?.startTime ?? null,
                endTime: dates.at(-1)?.endTime ?? null,
              },
            ])
          }
        >
          <Plus size={15} aria-hidden />
          {t('meetings.header.addDate')}
        </button>
      </div>
    </fieldset>
  )
}

/** The day after the last date of the list, for a new row (a meeting over consecutive days). */
export function dayAfterLast(dates: readonly MeetingDate[]): string {
  const last = dates.at(-1)?.date
  const m = last ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(last) : null
  if (!m) return ''
  const next = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1))
  return next.toISOString().slice(0, 10)
}
