/**
 * Runs the reading of an imported file in the background worker (main/workers/host.ts): the request
 * loop keeps answering other calls while a big file is read, and the worker's heap is capped, so
 * that a file that would still cost too much fails alone, with a French message, instead of taking
 * the app down. One worker per file: its memory goes back when it ends.
 */
import { currentLanguage, t } from '../../shared/i18n/translate'
import { ownBuffer, WorkerLane, type WorkerOutcome } from '../workers/host'
import type { ImportRequest } from './read-job'

/** The heap a worker may use: the import's memory bound (300 MB) minus what its file and results take. */
const IMPORT_LIMITS = {
  heapMb: 256,
  /** Far beyond the 5 s an accepted file takes on a slow machine; a file still unread by then is refused. */
  timeoutMs: 60_000,
}

/** How the reading ended when it gave no result: too heavy (memory or time), or failed with a message. */
export type ImportOutcome<R> = Exclude<WorkerOutcome<R>, { kind: 'crashed' }>

/**
 * Runs one job in a worker of its own; the bytes are handed over, not copied, when they own their
 * buffer. The worker writes its notes and problems in the language the interface speaks now.
 */
export async function runImportJob<R>(job: ImportRequest): Promise<ImportOutcome<R>> {
  const lane = new WorkerLane(IMPORT_LIMITS, false, t('data.import.workerMissing'))
  const outcome = await lane.run<R>({ ...job, language: currentLanguage() }, { transfer: ownBuffer(job.bytes) })
  // A worker that died of anything but its limits is a bug: reported as such by the dispatcher.
  if (outcome.kind === 'crashed') throw outcome.error
  return outcome
}
