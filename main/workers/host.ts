/**
 * Runs jobs in a worker thread (main/workers/entry.ts, bundled as dist/main/worker.cjs), so that the
 * request loop (the preview server, the IPC of the desktop app) keeps answering other calls while a
 * file is read, a document laid out or a backup checked. Each worker's heap is capped and each job
 * timed out: a job that would cost too much fails alone, with a French message chosen by its caller,
 * instead of taking the app down.
 *
 * A lane runs its jobs one after the other in one worker. A kept lane keeps its worker between jobs
 * (the exports: fonts parsed and code loaded once, warmed at idle after start); an unkept one ends it
 * after each job, so that its memory goes back (the imports). A worker that crashed is replaced at
 * the next job. An idle worker never keeps the process alive (the CLI exits when done).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppError } from '../errors'
import type { WorkerJob, WorkerReply, WorkerRequest } from './jobs'

/** How a job ended: its result, too heavy (memory or time), failed with a message, or the worker died. */
export type WorkerOutcome<R> =
  | { kind: 'done'; result: R }
  | { kind: 'heavy' }
  | { kind: 'failed'; message: string; code?: string | undefined }
  | { kind: 'crashed'; error: Error }

export interface LaneLimits {
  /** The worker's old-generation heap, in MB. */
  heapMb: number
  /** How long one job may take before its worker is ended. */
  timeoutMs: number
}

export interface RunOptions {
  /** Called when the job leaves the queue and goes to the worker. */
  onStart?: () => void
  /** Called with the number of pages laid out so far (PDF only). */
  onProgress?: (pages: number) => void
  /** Buffers handed over to the worker rather than copied. */
  transfer?: ArrayBuffer[]
}

/** The bundled worker: beside the bundle that runs (dist/main), or where tests built it (COPIL_WORKER). */
export function workerPath(): string {
  const fromEnv = process.env.COPIL_WORKER
  if (fromEnv) return fromEnv
  const here = typeof __dirname === 'string' ? __dirname : process.cwd()
  return join(here, 'worker.cjs')
}

/** The buffer behind `bytes` when handing it over moves exactly these bytes (and nothing else). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer, byteOffset, byteLength } = bytes
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : []
}

/** A test may lower the limits of every lane (COPIL_WORKER_HEAP_MB, COPIL_WORKER_TIMEOUT_MS) to see a job fail. */
function effective(limits: LaneLimits): LaneLimits {
  const heap = Number(process.env.COPIL_WORKER_HEAP_MB)
  const timeout = Number(process.env.COPIL_WORKER_TIMEOUT_MS)
  return {
    heapMb: Number.isFinite(heap) && heap > 0 ? heap : limits.heapMb,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : limits.timeoutMs,
  }
}

/** A reason ending with a full stop, so that a message quoting it reads as two sentences. */
export function sentence(reason: string): string {
  const trimmed = reason.trim()
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`
}

let nextId = 1

/** One worker thread and the queue of jobs it runs, one at a time. */
export class WorkerLane {
  private worker: Worker | undefined
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly limits: LaneLimits,
    private readonly keep: boolean,
    /** The French message when the worker's file is missing (a broken installation). */
    private readonly missingMessage: string,
  ) {}

  /** Runs `job` once the jobs before it are done; never rejects except for a missing worker file. */
  run<R>(job: WorkerJob, options: RunOptions = {}): Promise<WorkerOutcome<R>> {
    const turn = this.queue.then(() => this.runNow<R>(job, options))
    this.queue = turn.catch(() => undefined)
    return turn
  }

  /** Ends the worker (tests, shutdown); the next job starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    if (worker) await worker.terminate()
  }

  private spawn(limits: LaneLimits): Worker {
    const path = workerPath()
    if (!existsSync(path)) throw new AppError('INTERNAL', this.missingMessage)
    const worker = new Worker(path, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } })
    // A crash while idle: forget the worker, the next job starts another.
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined
    })
    worker.on('error', () => undefined)
    return worker
  }

  private runNow<R>(job: WorkerJob, options: RunOptions): Promise<WorkerOutcome<R>> {
    options.onStart?.()
    const limits = effective(this.limits)
    const worker = this.worker ?? this.spawn(limits)
    this.worker = worker
    worker.ref()
    const id = nextId++
    return new Promise((resolve) => {
      let settled = false
      const finish = (outcome: WorkerOutcome<R>, healthy: boolean) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (healthy && this.keep) worker.unref()
        else {
          if (this.worker === worker) this.worker = undefined
          void worker.terminate()
        }
        resolve(outcome)
      }
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        if (reply.type === 'progress') options.onProgress?.(reply.pages)
        else if (reply.type === 'done') finish({ kind: 'done', result: reply.result as R }, true)
        else finish({ kind: 'failed', message: reply.message, code: reply.code }, true)
      }
      const onError = (error: Error & { code?: string }) =>
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'heavy' } : { kind: 'crashed', error }, false)
      const onExit = () => finish({ kind: 'heavy' }, false)
      const timer = setTimeout(() => finish({ kind: 'heavy' }, false), limits.timeoutMs)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      const request: WorkerRequest = { id, job }
      worker.postMessage(request, options.transfer ?? [])
    })
  }
}
