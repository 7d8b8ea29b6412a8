/**
 * Runs the reading of a people file in a worker thread: the request loop (the preview server, the
 * IPC of the desktop app) keeps answering other calls while a big file is read, and the worker's
 * heap is capped, so that a file that would still cost too much fails alone, with a French
 * message, instead of taking the app down. One worker per file: its memory goes back when it ends.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { t } from '../../../shared/i18n/translate'
import { AppError } from '../../errors'
import type { PeopleFileInput, ReadResult } from './read-file'
import type { WorkerFile } from './worker'

/** The heap a worker may use: the import's memory bound (300 MB) minus what its file and results take. */
const WORKER_HEAP_MB = 256
/** Far beyond the 5 s an accepted file takes on a slow machine; a file still unread by then is refused. */
const WORKER_TIMEOUT_MS = 60_000

type WorkerReply = { ok: true; result: ReadResult } | { ok: false; message: string }

/** The bundled worker: beside the bundle that runs (dist/main), or where tests built it (COPIL_IMPORT_WORKER). */
export function importWorkerPath(): string {
  const fromEnv = process.env.COPIL_IMPORT_WORKER
  if (fromEnv) return fromEnv
  const here = typeof __dirname === 'string' ? __dirname : process.cwd()
  return join(here, 'import-worker.cjs')
}

/** Reads the file in a worker thread; the same result as readPeopleFile. */
export function readPeopleFileOffThread(file: PeopleFileInput): Promise<ReadResult> {
  const path = importWorkerPath()
  if (!existsSync(path)) return Promise.reject(new AppError('INTERNAL', t('data.import.workerMissing')))
  const name = file.fileName.trim()
  const heavy = (): ReadResult => ({ ok: false, fileErrors: [t('data.import.tooHeavy', { name })], encoding: null })
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
    const timer = setTimeout(() => finish(() => resolve(heavy())), WORKER_TIMEOUT_MS)
    worker.once('message', (reply: WorkerReply) =>
      finish(() =>
        reply.ok
          ? resolve(reply.result)
          : resolve({
              ok: false,
              fileErrors: [t('data.import.unreadable', { name, reason: reply.message })],
              encoding: null,
            }),
      ),
    )
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(heavy()) : reject(error))),
    )
    worker.once('exit', () => finish(() => resolve(heavy())))
    // Decoded here and handed over, not copied: the worker never holds the base64 text.
    const bytes = Buffer.from(file.contentBase64, 'base64')
    const message: WorkerFile = { fileName: file.fileName, bytes, encoding: file.encoding }
    worker.postMessage(
      message,
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : [],
    )
  })
}
