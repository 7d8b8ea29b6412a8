import type { ReleveFormat } from './files'

/**
 * The long tasks whose progress the page can follow: exports, backups, imports, the restore of a
 * backup, and the check of the backups the recovery screen offers.
 */
export type TaskKind = 'releve' | 'planWorkbook' | 'backup' | 'import' | 'restore' | 'recovery'

/**
 * Where a task stands: waiting for the one before it, preparing its data, laid out in the
 * background worker, handed to the user, copying the database, checking the copy, checking the
 * backup chosen for a restore, checking the backups one by one (recovery), putting the restored
 * database in place.
 */
export type TaskStage =
  | 'waiting'
  | 'preparing'
  | 'rendering'
  | 'saving'
  | 'copying'
  | 'checking'
  | 'checkingBackup'
  | 'checkingBackups'
  | 'replacing'

/** One task in progress, as `tasks/progress` lists it. */
export interface TaskProgress {
  id: number
  kind: TaskKind
  /** The meeting of a relevé, the plan of a workbook; null otherwise. */
  meetingId: number | null
  planId: number | null
  format: ReleveFormat | null
  stage: TaskStage
  /** Pages laid out so far (PDF only), null when not counted. */
  pages: number | null
  /** Items done out of a known total (the backups checked for the recovery screen), null otherwise. */
  items: { done: number; total: number } | null
}
