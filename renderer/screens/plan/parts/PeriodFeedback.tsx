import { useTranslation } from 'react-i18next'
import { CheckCircle2, HelpCircle } from 'lucide-react'
import { formatPeriod, parsePeriod } from '../../../../shared/period'

/**
 * Live reading of a typed period: « Compris : 19-27 octobre 2020 » or « À préciser » (kept as typed).
 * `referenceDate` (the meeting's date) gives a year to a text without one.
 */
export function PeriodFeedback({ text, referenceDate, id }: { text: string; referenceDate?: string | undefined; id?: string }) {
  const { t } = useTranslation()
  if (text.trim() === '') {
    return (
      <span id={id} className="period-feedback period-feedback--empty">
        {t('planUi.period.empty')}
      </span>
    )
  }
  const result = parsePeriod(text, referenceDate === undefined ? {} : { referenceDate })
  if (!result.ok) {
    return (
      <span id={id} className="period-feedback period-feedback--unclear" aria-live="polite">
        <HelpCircle size={13} aria-hidden />
        {t('planUi.period.notUnderstood')}
      </span>
    )
  }
  return (
    <span id={id} className="period-feedback period-feedback--ok" aria-live="polite">
      <CheckCircle2 size={13} aria-hidden />
      {t('planUi.period.understood', { period: formatPeriod(result.period) })}
    </span>
  )
}
