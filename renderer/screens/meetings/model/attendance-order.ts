import type { AttendanceEntry } from '../../../../shared/domain/meetings'

/** The entries in the order of `personIds`; anyone not named keeps their place after them. */
export function orderAttendance(list: readonly AttendanceEntry[], personIds: readonly number[]): AttendanceEntry[] {
  const rank = new Map(personIds.map((id, index) => [id, index]))
  return list
    .map((entry, index) => ({ entry, key: rank.get(entry.personId) ?? personIds.length + index }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.entry)
}
