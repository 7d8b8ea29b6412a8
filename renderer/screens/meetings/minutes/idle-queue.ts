/** What the queue needs from the page: a clock, idle callbacks and timers (a fake in tests). */
export interface IdleHost {
  now(): number
  /** Calls back in an idle moment, or after `timeoutMs` at the latest even if the page never idles. */
  whenIdle(callback: () => void, timeoutMs: number): void
  after(callback: () => void, ms: number): void
  /** Reports a task's error without stopping the queue. */
  report(error: unknown): void
}

export interface IdleQueueOptions {
  /** How long the user must have stopped typing or pointing before a task runs. */
  quietMs: number
  /** The longest wait for an idle moment: on a page that is never idle (a loaded machine) tasks still run. */
  maxWaitMs: number
}

export interface IdleQueue {
  /** Queues a task (first asked, first served); returns what cancels it. */
  add(task: () => void): () => void
  /** The user typed or pointed: tasks wait until `quietMs` after this. */
  noteInput(): void
  /** Tasks not run yet. */
  readonly size: number
}

/**
 * Work that can wait, run one task per idle moment once the user has paused. A task that throws is
 * reported and the next ones still run; a page that never idles still gets its tasks run, one per
 * `maxWaitMs`.
 */
export function createIdleQueue(host: IdleHost, { quietMs, maxWaitMs }: IdleQueueOptions): IdleQueue {
  const waiting: (() => void)[] = []
  let scheduled = false
  let lastInput = -Infinity

  const run = (): void => {
    const quietFor = host.now() - lastInput
    if (quietFor < quietMs) {
      host.after(() => host.whenIdle(run, maxWaitMs), quietMs - quietFor)
      return
    }
    scheduled = false
    const task = waiting.shift()
    try {
      task?.()
    } catch (error) {
      host.report(error)
    }
    schedule()
  }

  function schedule(): void {
    if (scheduled || waiting.length === 0) return
    scheduled = true
    host.whenIdle(run, maxWaitMs)
  }

  return {
    add(task) {
      waiting.push(task)
      schedule()
      return () => {
        const at = waiting.indexOf(task)
        if (at >= 0) waiting.splice(at, 1)
      }
    },
    noteInput() {
      lastInput = host.now()
    },
    get size() {
      return waiting.length
    },
  }
}

/** The page's own clock, idle callbacks (with their deadline) and timers. */
export const browserHost: IdleHost = {
  now: () => performance.now(),
  whenIdle(callback, timeoutMs) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: timeoutMs })
    else setTimeout(callback, 50)
  },
  after(callback, ms) {
    setTimeout(callback, ms)
  },
  report(error) {
    if (typeof reportError === 'function') reportError(error)
    else
      setTimeout(() => {
        throw error
      })
  },
}
