import { describe, expect, it } from 'vitest'
import type { AttendanceEntry, Meeting } from '../../../shared/domain/meetings'
import { applyDraft } from '../../../renderer/screens/meetings/model/apply-draft'
import { orderAttendance } from '../../../renderer/screens/meetings/model/attendance-order'

const entry = (personId: number, lastName: string): AttendanceEntry => ({
  personId,
  civility: 'Mme',
  firstName: '',
  lastName,
  function: null,
  status: 'present',
  representedBy: '',
  organisationId: null,
  organisationName: '',
  side: null,
  member: true,
})

const list = [entry(1, 'A'), entry(2, 'B'), entry(3, 'C'), entry(4, 'D')]
const names = (l: readonly AttendanceEntry[]) => l.map((e) => e.lastName).join('')

describe('the protocol order in the editor', () => {
  it('puts the people in the order given, anyone not named after them in their place', () => {
    expect(names(orderAttendance(list, [3, 1, 4, 2]))).toBe('CADB')
    expect(names(orderAttendance(list, [4, 2]))).toBe('DBAC')
    expect(names(orderAttendance(list, []))).toBe('ABCD')
  })

  it('replays an unsaved reorder of this meeting, and ignores one of another meeting', () => {
    const m = { id: 7, attendance: list } as unknown as Meeting
    const op = (meetingId: number) => ({
      channel: 'participants/reorder' as const,
      input: { meetingId, personIds: [2, 1, 4, 3] },
    })
    expect(names(applyDraft(m, op(7)).attendance)).toBe('BADC')
    expect(names(applyDraft(m, op(8)).attendance)).toBe('ABCD')
  })
})
