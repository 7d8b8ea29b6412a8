import type { ActionEntry } from '../../../shared/domain/registers'
import type { Language } from '../../../shared/i18n/languages'
import { displayPeriodIn, parsePeriod } from '../../../shared/period'

/**
 * An action's planned period as the interface shows it: in French, the clean period main sends
 * (or the text as typed); in Arabic, the same period with the Moroccan month names. Text that is
 * not a period is shown exactly as typed. Display only: the stored text is never changed.
 */
export function shownDue(language: Language, action: Pick<ActionEntry, 'due' | 'dueText' | 'meeting'>): string {
  if (language !== 'ar') return action.due || action.dueText
  if (!action.dueText.trim()) return action.dueText
  const date = action.meeting.date
  return displayPeriodIn(language, parsePeriod(action.dueText, date ? { referenceDate: date } : {}))
}
