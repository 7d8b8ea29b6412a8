/**
 * What the background worker (main/workers/entry.ts) is asked to do and what it answers. Types
 * only: the host and the worker share them, and each side bundles none of the other's code.
 */
import type { ReleveFormat } from '../../shared/domain/files'
import type { ReleveDocument } from '../../shared/domain/releve'
import type { ActionEntry, DecisionEntry } from '../../shared/domain/registers'
import type { ImportJob } from '../import/read-job'
import type { PlanWorkbookData } from '../services/plan-workbook'

/**
 * One job. The main thread reads the database and sends plain data (the relevé, the workbook's rows):
 * the worker never opens the live database, so it never races the writes of the request loop. Only
 * the integrity check opens a file, read-only, and that file is a backup copy nobody else touches.
 */
export type WorkerJob =
  | ImportJob
  | { kind: 'releve'; releve: ReleveDocument; format: ReleveFormat }
  | { kind: 'planWorkbook'; data: PlanWorkbookData }
  | RegisterJob
  | { kind: 'integrity'; path: string }
  | { kind: 'warm'; step: number; releve?: ReleveDocument | undefined }

/**
 * A register as filtered, its rows read on the main thread: `footer` closes the Excel sheet, `lines`
 * go under the PDF's title.
 */
export type RegisterJob =
  | { kind: 'decisionsRegister'; format: 'xlsx' | 'pdf'; rows: DecisionEntry[]; footer: string; lines: string[]; fileName: string }
  | { kind: 'actionsRegister'; format: 'xlsx' | 'pdf'; rows: ActionEntry[]; footer: string; lines: string[]; fileName: string }

/** A built file, its bytes handed back to the main thread without a copy. */
export interface BuiltFile {
  fileName: string
  mime: string
  content: Uint8Array
  /** Characters of a relevé's PDF no embedded font has, printed as « � » (the user is told). */
  unprintable?: string[]
}

/** Messages from the worker: progress (pages laid out so far), then one result or one failure. */
export type WorkerReply =
  | { id: number; type: 'progress'; pages: number }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; message: string; code?: string | undefined }

/** A job as posted to the worker, numbered so that its replies are told apart. */
export interface WorkerRequest {
  id: number
  job: WorkerJob
}
