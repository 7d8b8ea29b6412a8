/** A backup of the database, as Paramètres → Sauvegardes lists it. */
export interface BackupInfo {
  name: string
  createdAt: string
  reason: 'quotidienne' | 'manuelle' | 'avant-migration' | 'avant-import' | 'avant-restauration' | 'avant-exemple'
  size: number
  schemaVersion: number
}

export interface BackupDetails extends BackupInfo {
  counts: { meetings: number; people: number; organisations: number; plans: number; decisions: number }
  lastMeetingDate: string | null
}
