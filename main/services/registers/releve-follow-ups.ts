/** The « Suivi des actions précédentes » of a meeting, as its relevé prints it. */
import type { Db } from '../../db/connection'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { formatLongDateIn } from '../../../shared/text/dates'
import type { Language } from '../../../shared/i18n/languages'
import { previousActions } from '../../db/repos/registers/follow-ups'
import { displayPeriodIn, parsePeriod } from '../../../shared/period'

/** `{ followUps }` when earlier meetings of the committee left actions open, else nothing; dates and periods in the relevé's language. */
export function releveFollowUps(db: Db, meetingId: number, language: Language = 'fr'): Pick<ReleveDocument, 'followUps'> {
  const rows = previousActions(db, meetingId).map(({ action, statusBefore, followUp }) => ({
    text: action.text,
    origin: action.meeting.date ? formatLongDateIn(language, action.meeting.date, { weekday: false }) : action.meeting.title,
    responsible: action.owner.label,
    // The action's period in the relevé's language, or its text as typed when it is not a period.
    due: action.dueText.trim()
      ? displayPeriodIn(language, parsePeriod(action.dueText, action.meeting.date ? { referenceDate: action.meeting.date } : {}))
      : '',
    status: followUp?.status ?? statusBefore,
    note: followUp?.note ?? '',
  }))
  return rows.length > 0 ? { followUps: rows } : {}
}
