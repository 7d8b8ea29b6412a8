/**
 * The integrity check of a new backup copy (the daily backup's check of every page) in a worker of
 * its own: on a large database it reads every page for a second or more, which the request loop
 * must not wait for. The worker opens only the copy, read-only, which nothing else touches yet.
 */
import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import { sentence, WorkerLane } from './host'

/** integrity_check holds SQLite's page cache, not V8's heap: a modest heap is enough. */
const CHECK_LIMITS = { heapMb: 128, timeoutMs: 10 * 60_000 }

/** Checks `path` with integrity_check in a worker; a worker that fails is reported in French. */
export async function checkIntegrityOffThread(path: string): Promise<{ ok: boolean; details: string[] }> {
  const outcome = await new WorkerLane(CHECK_LIMITS, false, t('tasks.workerMissing')).run<{ ok: boolean; details: string[] }>({
    kind: 'integrity',
    path,
  })
  if (outcome.kind === 'done') return outcome.result
  if (outcome.kind === 'heavy') throw new AppError('IO', t('tasks.checkHeavy'))
  // SQLite's own error (damaged pages, a full disk) is thrown as on the main thread, code and all.
  if (outcome.kind === 'failed' && outcome.code?.startsWith('SQLITE_')) throw Object.assign(new Error(outcome.message), { code: outcome.code })
  const reason = outcome.kind === 'failed' ? outcome.message : outcome.error.message
  throw new AppError('IO', t('tasks.checkFailed', { reason: sentence(reason) }))
}
