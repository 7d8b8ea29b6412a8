import { formatPeriod, parsePeriod } from '../../../../shared/period'

/** What the app understood of a typed due date: the clean period, or « à préciser » (ok: false); null when empty. */
export function dueFeedback(text: string, referenceDate: string | undefined): { ok: boolean; text: string } | null {
  if (text.trim() === '') return null
  const result = parsePeriod(text, referenceDate ? { referenceDate } : {})
  return result.ok ? { ok: true, text: formatPeriod(result.period) } : { ok: false, text: '' }
}
