/**
 * The integrity checks of backup files in a worker of their own: the daily backup's check of its new
 * copy, the check of a backup about to be restored, the checks of the backups the recovery screen
 * offers. On a large database integrity_check reads every page for a second or more, which the
 * request loop must not wait for. The worker opens only the file it checks, read-only: a copy nobody
 * else touches yet, or a backup.
 */
import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import { sentence, WorkerLane } from './host'

/** integrity_check holds SQLite's page cache, not V8's heap: a modest heap is enough. */
const CHECK_LIMITS = { heapMb: 128, timeoutMs: 10 * 60_000 }

export interface Integrity {
  ok: boolean
  details: string[]
}

/** What the check was for, which decides the French message of a check that could not run. */
export type CheckPurpose = 'copy' | 'restore'

const MESSAGES: Record<CheckPurpose, { heavy: 'tasks.checkHeavy' | 'tasks.restoreCheckHeavy'; failed: 'tasks.checkFailed' | 'tasks.restoreCheckFailed' }> = {
  copy: { heavy: 'tasks.checkHeavy', failed: 'tasks.checkFailed' },
  restore: { heavy: 'tasks.restoreCheckHeavy', failed: 'tasks.restoreCheckFailed' },
}

async function checkIn(lane: WorkerLane, path: string, purpose: CheckPurpose): Promise<Integrity> {
  const outcome = await lane.run<Integrity>({ kind: 'integrity', path })
  if (outcome.kind === 'done') return outcome.result
  if (outcome.kind === 'heavy') throw new AppError('IO', t(MESSAGES[purpose].heavy))
  // SQLite's own error (damaged pages, a full disk) is thrown as on the main thread, code and all.
  if (outcome.kind === 'failed' && outcome.code?.startsWith('SQLITE_')) throw Object.assign(new Error(outcome.message), { code: outcome.code })
  const reason = outcome.kind === 'failed' ? outcome.message : outcome.error.message
  throw new AppError('IO', t(MESSAGES[purpose].failed, { reason: sentence(reason) }))
}

/** Checks `path` with integrity_check in a worker; a worker that fails is reported in French. */
export function checkIntegrityOffThread(path: string, purpose: CheckPurpose = 'copy'): Promise<Integrity> {
  return checkIn(new WorkerLane(CHECK_LIMITS, false, t('tasks.workerMissing')), path, purpose)
}

/**
 * Checks each of `paths` in turn in one worker (started once), calling `checked` after each; a
 * file whose check fails or cannot run counts as unsound (a missing worker file is an error). The
 * worker ends with the last check.
 */
export async function checkEachOffThread(paths: readonly string[], checked: (done: number) => void = () => undefined): Promise<boolean[]> {
  const lane = new WorkerLane(CHECK_LIMITS, true, t('tasks.workerMissing'))
  const sound: boolean[] = []
  try {
    for (const path of paths) {
      const outcome = await lane.run<Integrity>({ kind: 'integrity', path })
      sound.push(outcome.kind === 'done' && outcome.result.ok)
      checked(sound.length)
    }
  } finally {
    await lane.close()
  }
  return sound
}
