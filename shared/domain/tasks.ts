import type { ReleveFormat } from './files'

/** The long tasks whose progress the page can follow: exports, backups, imports. */
export type TaskKind = 'releve' | 'planWorkbook' | 'backup' | 'import'

/**
 * Where a task stands: waiting for the one before it, preparing its data, laid out in the
 * background worker, handed to the user, copying the database, checking the copy.
 */
export type TaskStage = 'waiting' | 'preparing' | 'rendering' | 'saving' | 'copying' | 'checking'

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
}
