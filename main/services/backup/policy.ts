/**
 * Which backups to keep: the newest of each of the last 7 days that have one, the newest of each
 * of the last 4 weeks beyond those, and every pre-migration backup (each is the only copy of a
 * schema version's data).
 */
export interface BackupFileInfo {
  name: string
  /** ISO timestamp of the backup. */
  createdAt: string
  reason: BackupReason
}

export const BACKUP_REASONS = ['quotidienne', 'manuelle', 'avant-migration', 'avant-import', 'avant-restauration', 'avant-exemple'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

const DAILY_KEPT = 7
const WEEKLY_KEPT = 4

/** ISO week key (yyyy-Www) of a timestamp, computed in UTC. */
export function isoWeek(iso: string): string {
  const date = new Date(iso.slice(0, 10) + 'T00:00:00Z')
  const day = (date.getUTCDay() + 6) % 7
  date.setUTCDate(date.getUTCDate() - day + 3)
  const firstThursday = new Date(Date.UTC(date.getUTCFullYear(), 0, 4))
  const week = 1 + Math.round(((date.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7)
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/**
 * The names of the backups to delete under the retention policy. Everything from the last 24
 * hours stays too: a backup the user just asked for, or the one taken before a restore, must not
 * vanish because a later one was made the same day.
 */
export function backupsToPrune(backups: BackupFileInfo[], now = new Date()): string[] {
  const rotating = backups.filter((b) => b.reason !== 'avant-migration').sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const recent = new Date(now.getTime() - 24 * 3_600_000).toISOString()
  const keep = new Set<string>(rotating.filter((b) => b.createdAt >= recent).map((b) => b.name))
  const days = new Set<string>()
  const coveredWeeks = new Set<string>()
  for (const backup of rotating) {
    const day = backup.createdAt.slice(0, 10)
    if (keep.has(backup.name)) {
      if (!days.has(day) && days.size < DAILY_KEPT) {
        days.add(day)
        coveredWeeks.add(isoWeek(backup.createdAt))
      }
      continue
    }
    if (days.has(day) || days.size >= DAILY_KEPT) continue
    days.add(day)
    coveredWeeks.add(isoWeek(backup.createdAt))
    keep.add(backup.name)
  }
  // Older weeks, beyond those the daily backups already cover, keep their newest backup.
  let weekly = 0
  for (const backup of rotating) {
    if (weekly >= WEEKLY_KEPT) break
    const week = isoWeek(backup.createdAt)
    if (keep.has(backup.name) || coveredWeeks.has(week)) continue
    coveredWeeks.add(week)
    keep.add(backup.name)
    weekly += 1
  }
  return rotating.filter((b) => !keep.has(b.name)).map((b) => b.name)
}
