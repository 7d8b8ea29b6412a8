import { describe, expect, it } from 'vitest'
import { backupsToPrune, isoWeek, type BackupFileInfo } from '../../../main/services/backup/policy'

function backup(createdAt: string, reason: BackupFileInfo['reason'] = 'quotidienne'): BackupFileInfo {
  return { name: `${createdAt}-${reason}`, createdAt, reason }
}

describe('backup retention', () => {
  it('keeps the newest backup of each of the last 7 days', () => {
    const backups = Array.from({ length: 7 }, (_, i) => backup(`2026-11-${String(22 - i).padStart(2, '0')}T08:00:00.000Z`))
    backups.push(backup('2026-11-22T07:00:00.000Z', 'manuelle'))
    // A day later, the earlier backup of the 22nd goes.
    expect(backupsToPrune(backups, new Date('2026-11-23T12:00:00Z'))).toEqual(['2026-11-22T07:00:00.000Z-manuelle'])
  })

  it('keeps 4 weekly backups beyond the daily ones and drops the rest', () => {
    // One backup a day for 60 days.
    const backups = Array.from({ length: 60 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 10, 22) - i * 86_400_000)
      return backup(d.toISOString())
    })
    const pruned = new Set(backupsToPrune(backups, new Date('2026-11-23T12:00:00Z')))
    const kept = backups.filter((b) => !pruned.has(b.name))
    expect(kept).toHaveLength(7 + 4)
    const weeks = new Set(kept.slice(7).map((b) => isoWeek(b.createdAt)))
    expect(weeks.size).toBe(4)
    for (const day of kept.slice(0, 7)) expect(day.createdAt >= '2026-11-16').toBe(true)
  })

  it('keeps every backup of the last 24 hours', () => {
    const now = new Date('2026-11-22T18:00:00Z')
    const today = ['quotidienne', 'manuelle', 'avant-restauration', 'avant-import'].map((reason, i) =>
      backup(`2026-11-22T0${i + 8}:00:00.000Z`, reason as BackupFileInfo['reason']),
    )
    expect(backupsToPrune(today, now)).toEqual([])
  })

  it('never prunes a pre-migration backup', () => {
    const backups = Array.from({ length: 30 }, (_, i) => backup(`2025-01-${String(i + 1).padStart(2, '0')}T08:00:00.000Z`, 'avant-migration'))
    expect(backupsToPrune(backups)).toEqual([])
  })

  it('numbers ISO weeks across a year boundary', () => {
    expect(isoWeek('2021-01-03T10:00:00Z')).toBe('2020-W53')
    expect(isoWeek('2026-11-22T10:00:00Z')).toBe('2026-W47')
  })
})
