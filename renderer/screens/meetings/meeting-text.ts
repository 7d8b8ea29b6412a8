/** Small French renderings used across the meetings screens. */
import type { MeetingDate } from '../../../shared/domain/meetings'
import { formatMeetingDates } from '../../dates'

/** « mercredi 15 juillet 2020 », « mercredi 15 et jeudi 16 juillet 2020, de 10 h à 12 h ». */
export function meetingDatesText(dates: readonly MeetingDate[]): string {
  return formatMeetingDates(
    dates
      .filter((d) => d.date !== '')
      .map((d) => ({ date: d.date, startTime: d.startTime ?? undefined, endTime: d.endTime ?? undefined })),
  )
}

/** « Mme Sarah LAMRANI »: the one formatter of the app and the exports, surname in capitals. */
export { personName } from '../../../shared/text/person-name'

/** Today's date in Morocco, yyyy-mm-dd (the app's calendar is Africa/Casablanca). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
}

/** A short, stable key for a database path, so drafts of two databases never mix. */
export function databaseKey(path: string): string {
  let hash = 5381
  for (let i = 0; i < path.length; i += 1) hash = ((hash * 33) ^ path.charCodeAt(i)) >>> 0
  return hash.toString(36)
}

/** Where the drafts of one meeting live in local storage. */
export function draftPrefix(dbPath: string, meetingId: number): string {
  return `copil.draft.${databaseKey(dbPath)}.${meetingId}.`
}
