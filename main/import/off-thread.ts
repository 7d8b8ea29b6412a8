/**
 * Runs the reading of an imported file in a worker thread: the request loop (the preview server,
 * the IPC of the desktop app) keeps answering other calls while a big file is read, and the
 * worker's heap is capped, so that a file that would still cost too much fails alone, with a
 * French message, instead of taking the app down. One worker per file: its memory goes back when it ends.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import type { WorkerJob } from './worker'

/** The heap a worker may use: the import's memory bound (300 MB) minus what its file and results take. */
const WORKER_HEAP_MB = 256
/** Far beyond the 5 s an accepted file takes on a slow machine; a file still unread by then is refused. */
const WORKER_TIMEOUT_MS = 60_000

type WorkerReply<R> = { ok: true; result: R } | { ok: false; message: string }

/** How the worker ended when it gave no result: too heavy (memory or time), or failed with a message. */
export type WorkerOutcome<R> = { kind: 'done'; result: R } | { kind: 'heavy' } | { kind: 'failed'; message: string }

/** The bundled worker: beside the bundle that runs (dist/main), or where tests built it (COPIL_IMPORT_WORKER). */
export function importWorkerPath(): string {
  const fromEnv = process.env.COPIL_IMPORT_WORKER
  if (fromEnv) return fromEnv
  const here = typeof __dirname === 'string' ? __dirname : process.cwd()
  return join(here, 'import-worker.cjs')
}

/** Runs one job in a worker of its own; the bytes are handed over, not copied, when they own their buffer. */
export function runImportJob<R>(job: WorkerJob): Promise<WorkerOutcome<R>> {
  const path = importWorkerPath()
  if (!existsSync(path)) return Promise.reject(new AppError('INTERNAL', t('data.import.workerMissing')))
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      outcome()
    }
    const timer = setTimeout(() => finish(() => resolve({ kind: 'heavy' })), WORKER_TIMEOUT_MS)
    worker.once('message', (reply: WorkerReply<R>) =>
      finish(() =>
        resolve(reply.ok ? { kind: 'done', result: reply.result } : { kind: 'failed', message: reply.message }),
      ),
    )
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve({ kind: 'heavy' }) : reject(error))),
    )
    worker.once('exit', () => finish(() => resolve({ kind: 'heavy' })))
    const { buffer, byteOffset, byteLength } = job.bytes
    const owned = buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength
    worker.postMessage(job, owned ? [buffer] : [])
  })
}
