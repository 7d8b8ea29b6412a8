import { useTranslation } from 'react-i18next'
import { slipText } from './format'

/** A slip in days: « +61 jours » in the warning colour, « − » when nothing can be measured. */
export function SlipLabel({ days, emptyText = '—' }: { days: number | null; emptyText?: string }) {
  const { t } = useTranslation()
  if (days === null) return <span className="slip slip--none">{emptyText}</span>
  const tone = days > 0 ? 'late' : days < 0 ? 'early' : 'zero'
  return <span className={`slip slip--${tone}`}>{slipText(t, days)}</span>
}
