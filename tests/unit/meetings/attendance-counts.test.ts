import { describe, expect, it } from 'vitest'
import { countAttendance } from '../../../shared/meetings/attendance-counts'
import type { AttendanceEntry } from '../../../shared/domain/meetings'

type Entry = Pick<AttendanceEntry, 'status' | 'side' | 'civility' | 'member'>
const entry = (overrides: Partial<Entry>): Entry => ({
  status: 'present',
  side: 'administration',
  civility: 'Mme',
  member: true,
  ...overrides,
})
const noRule = { minPresent: null, minPerSide: null }

describe('countAttendance', () => {
  it('counts présent and représenté as present, and guests in the sides and genders', () => {
    const counts = countAttendance(
      [
        entry({ status: 'present', side: 'administration', civility: 'Mme' }),
        entry({ status: 'represente', side: 'administration', civility: 'M.' }),
        entry({ status: 'present', side: 'societe_civile', civility: 'M.' }),
        entry({ status: 'invite', side: 'partenaire', civility: 'Mme', member: false }),
        entry({ status: 'invite', side: null, civility: 'M.', member: false }),
        entry({ status: 'excuse', side: 'societe_civile', civility: 'Mme' }),
        entry({ status: 'absent', side: 'expert', civility: 'M.' }),
        entry({ status: 'a_confirmer', side: 'autre', civility: 'Mme' }),
      ],
      noRule,
    )
    expect(counts.present).toBe(3)
    expect(counts.bySide).toEqual({
      administration: 2,
      societe_civile: 1,
      partenaire: 1,
      expert: 0,
      autre: 0,
      sans_organisation: 1,
    })
    expect(counts.byGender).toEqual({ femmes: 2, hommes: 3 })
    expect(counts.quorumReached).toBeNull()
  })

  it('reaches the quorum with enough members present or represented, guests not counted', () => {
    const entries = [
      entry({ status: 'present' }),
      entry({ status: 'represente', side: 'societe_civile' }),
      entry({ status: 'invite', member: false }),
      entry({ status: 'present', member: false }),
    ]
    expect(countAttendance(entries, { minPresent: 2, minPerSide: null }).quorumReached).toBe(true)
    expect(countAttendance(entries, { minPresent: 3, minPerSide: null }).quorumReached).toBe(false)
  })

  it('requires the minimum on each side that has members, ignoring sides without any', () => {
    const entries = [
      entry({ status: 'present', side: 'administration' }),
      entry({ status: 'present', side: 'administration' }),
      entry({ status: 'present', side: 'societe_civile' }),
      entry({ status: 'absent', side: 'societe_civile' }),
      entry({ status: 'present', side: 'partenaire', member: false }),
    ]
    expect(countAttendance(entries, { minPresent: null, minPerSide: 1 }).quorumReached).toBe(true)
    expect(countAttendance(entries, { minPresent: null, minPerSide: 2 }).quorumReached).toBe(false)
    const civilSocietyAbsent = entries.map((e) =>
      e.side === 'societe_civile' ? { ...e, status: 'excuse' as const } : e,
    )
    expect(countAttendance(civilSocietyAbsent, { minPresent: 2, minPerSide: 1 }).quorumReached).toBe(false)
  })

  it('counts nothing on an empty list, and an unreachable quorum is not reached', () => {
    const counts = countAttendance([], { minPresent: 1, minPerSide: null })
    expect(counts.present).toBe(0)
    expect(counts.byGender).toEqual({ femmes: 0, hommes: 0 })
    expect(counts.quorumReached).toBe(false)
    expect(countAttendance([], { minPresent: 0, minPerSide: 0 }).quorumReached).toBe(true)
  })
})
