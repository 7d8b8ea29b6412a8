/**
 * Live counts beside the attendance list.
 *
 * - `present`: people « présent » or « représenté » (members or not).
 * - `bySide`, `byGender`: everyone taking part, i.e. « présent », « représenté » and « invité »:
 *   guests sit in the room and count in the balance between sides and genders.
 * - `quorumReached`: members only (guests and former members never make the quorum), present or
 *   represented. `minPresent` applies to their total; `minPerSide` to each side that has at least
 *   one member on the list. Null when the committee has no rule.
 */
import type { AttendanceCounts, AttendanceEntry } from '../domain/meetings'
import type { QuorumRule } from '../domain/directory'
import type { AttendanceStatus, Side } from '../domain/vocabulary'
import { SIDES } from '../domain/vocabulary'

const PRESENT: ReadonlySet<AttendanceStatus> = new Set(['present', 'represente'])
const TAKING_PART: ReadonlySet<AttendanceStatus> = new Set(['present', 'represente', 'invite'])

type CountedEntry = Pick<AttendanceEntry, 'status' | 'side' | 'civility' | 'member'>

/** Counts present people, by side and by gender, and tells whether the quorum is reached. */
export function countAttendance(entries: readonly CountedEntry[], quorum: QuorumRule): AttendanceCounts {
  const bySide = Object.fromEntries(
    [...SIDES, 'sans_organisation'].map((side) => [side, 0]),
  ) as AttendanceCounts['bySide']
  const byGender = { femmes: 0, hommes: 0 }
  let present = 0
  for (const entry of entries) {
    if (PRESENT.has(entry.status)) present += 1
    if (!TAKING_PART.has(entry.status)) continue
    bySide[entry.side ?? 'sans_organisation'] += 1
    if (entry.civility === 'Mme') byGender.femmes += 1
    else byGender.hommes += 1
  }
  return { present, bySide, byGender, quorumReached: quorumReached(entries, quorum) }
}

function quorumReached(entries: readonly CountedEntry[], quorum: QuorumRule): boolean | null {
  if (quorum.minPresent === null && quorum.minPerSide === null) return null
  const members = entries.filter((entry) => entry.member)
  const presentMembers = members.filter((entry) => PRESENT.has(entry.status))
  if (quorum.minPresent !== null && presentMembers.length < quorum.minPresent) return false
  if (quorum.minPerSide !== null) {
    const sides = new Set(members.map((entry) => entry.side).filter((side): side is Side => side !== null))
    for (const side of sides) {
      const count = presentMembers.filter((entry) => entry.side === side).length
      if (count < quorum.minPerSide) return false
    }
  }
  return true
}
