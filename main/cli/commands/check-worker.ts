/**
 * The worker thread that shares `copil check`'s jobs (./check-jobs.ts) with the main thread. A
 * worker takes 50 to 80 ms of CPU to start (a Node environment, better-sqlite3, a connection), so
 * `copil check` starts it first of all (../check-entry.ts), while the main thread loads the rest of
 * the command and reads the file's header; the jobs are handed over once the main thread has listed
 * them. It works on an idle core only: COPIL_CHECK_THREADS=1 or 2 decides instead.
 */
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import { runCheckJobs, type CheckJob, type JobResult } from './check-jobs'

export interface CheckWorker {
  /** Hands the jobs over; resolves once the worker has ended, whatever the way. */
  share(jobs: readonly CheckJob[], counter: SharedArrayBuffer, done: (result: JobResult) => void): Promise<void>
  /** Stops a worker that got no jobs (the check ended before, or did not need it). */
  cancel(): void
  /** Lets the process end without waiting for the worker to close its connection and stop. */
  release(): void
}

/**
 * The worker's program: the compile cache (as dist/main/cli.cjs), its own read-only connection,
 * opened while it waits (opening reads nothing yet), then the same jobs from the same counter, its results posted one by one.
 */
const WORKER_SOURCE = `'use strict';
require('node:module').enableCompileCache?.();
const { parentPort, workerData: w } = require('node:worker_threads');
const Sqlite = require(w.sqlite);
const db = new Sqlite(w.path, { readonly: true, fileMustExist: true });
db.pragma('mmap_size = 1073741824');
parentPort.once('message', (given) => {
  try {
    if (given) (${runCheckJobs.toString()})(Sqlite, w.path, given.jobs, new Int32Array(given.counter), (result) => parentPort.postMessage(result), db);
  } finally {
    db.close();
    parentPort.close();
  }
});
`

/**
 * How many threads of the whole machine are running or ready to run right now, this one included
 * (Linux: /proc/loadavg's fourth field); undefined elsewhere. The one-minute load average lags: just
 * after a busy minute it still says busy while the cores are idle, and the other way round.
 */
function runningNow(): number | undefined {
  try {
    const running = Number(readFileSync('/proc/loadavg', 'latin1').split(' ')[3]?.split('/')[0])
    return Number.isInteger(running) && running > 0 ? running : undefined
  } catch {
    return undefined
  }
}

/** Whether a worker should share the jobs: several cores, one of them idle now (else the one-minute load says so). */
export function shareWithWorker(): boolean {
  const told = process.env.COPIL_CHECK_THREADS
  if (told === '1' || told === '2') return told === '2'
  const cores = availableParallelism()
  if (cores < 2) return false
  const running = runningNow()
  return running !== undefined ? running < cores : (loadavg()[0] ?? cores) < cores
}

/** Where better-sqlite3 is, for the worker to require it (undefined outside the built command). */
function sqlitePackage(): string | undefined {
  try {
    return typeof require === 'function' ? require.resolve('better-sqlite3') : undefined
  } catch {
    return undefined
  }
}

/** Starts the worker for the database at `path` (an absolute path), or none when it would not pay. */
export function startCheckWorker(path: string): CheckWorker | undefined {
  const sqlite = shareWithWorker() ? sqlitePackage() : undefined
  if (!sqlite) return undefined
  let worker: Worker
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqlite, path }, resourceLimits: { maxOldGenerationSizeMb: 64 } })
  } catch {
    return undefined
  }
  // Until it has jobs, the worker does not keep the process alive.
  worker.unref()
  let ended = false
  const exited = new Promise<void>((resolve) => {
    worker.on('exit', () => {
      ended = true
      resolve()
    })
  })
  // A worker that could not run leaves its jobs undone: the main thread does them afterwards.
  worker.on('error', () => undefined)
  let shared = false
  return {
    share(jobs, counter, done) {
      if (shared || ended) return exited
      shared = true
      worker.ref()
      worker.on('message', done)
      worker.postMessage({ jobs, counter })
      return exited
    },
    cancel() {
      if (shared || ended) return
      shared = true
      void worker.terminate()
    },
    release() {
      worker.unref()
    },
  }
}
