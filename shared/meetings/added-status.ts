import type { MeetingDate } from '../domain/meetings'
import type { AttendanceStatus } from '../domain/vocabulary'

/**
 * The status of a person added to a meeting's list: at a meeting held today or already held,
 * whoever is added was there (« présent »); to a meeting still to come, they are « invité ».
 * `today` is the calendar date in Africa/Casablanca, yyyy-mm-dd.
 */
export function defaultAddedStatus(dates: readonly Pick<MeetingDate, 'date'>[], today: string): AttendanceStatus {
  const first = dates.reduce<string | null>((min, d) => (min === null || d.date < min ? d.date : min), null)
  return first !== null && first <= today ? 'present' : 'invite'
}
