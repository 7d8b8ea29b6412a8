/**
 * Autosave without React: one debounced, serialised save per key (a field or an item), retries on
 * failure, and a local draft of every unacknowledged value so that nothing typed is lost when the
 * window closes or the service is down. Pure TypeScript (timers and storage are injected) so that
 * its behaviour is unit-tested without a DOM.
 */

/** What a save sends: one API call, kept as data so that it can be stored as a draft and replayed. */
export interface SaveOp {
  channel: string
  input: unknown
}

/** How a failed save is handled: tried again later, shown next to the field, or dropped. */
export type FailureKind = 'retry' | 'invalid' | 'gone'

export interface SaveProblem {
  kind: FailureKind
  /** French, shown as is. */
  message: string
  /** Field messages keyed by the input's dotted path. */
  fields: Record<string, string>
}

/** The subset of the Web Storage API the drafts need (localStorage in the app, a Map in tests). */
export interface DraftStorage {
  readonly length: number
  key(index: number): string | null
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface AutosaveOptions {
  send(op: SaveOp): Promise<unknown>
  classify(error: unknown): SaveProblem
  /** Where drafts live; null keeps none (tests, private windows without storage). */
  storage: DraftStorage | null
  /** Prefix of this editor's draft keys, e.g. `copil.draft.<database>.<meeting>.`. */
  draftPrefix: string
  /** Quiet time after the last change before saving; 600 ms keeps a save under 1 s after typing stops. */
  delayMs?: number
  /** Waits between attempts after a failure; the last one repeats. */
  retryDelaysMs?: readonly number[]
  timers?: Timers
  now?: () => number
}

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'invalid'

export interface AutosaveSnapshot {
  status: AutosaveStatus
  /** Keys with a problem, and the problem. */
  problems: ReadonlyMap<string, SaveProblem>
  /** The latest failure message, for the indicator's tooltip. */
  lastMessage: string
  /** Whether a call is on its way (not only values waiting for the quiet time after the last key). */
  sending: boolean
}

/** A stored draft: the call that was not acknowledged, and when it was made. */
export interface Draft {
  key: string
  op: SaveOp
  at: number
}

interface Entry {
  op: SaveOp
  /** Incremented at each change; a save acknowledges the sequence it sent. */
  seq: number
  timer: unknown
  inFlight: boolean
  /** A newer value arrived while a save was in flight: send it as soon as that one ends. */
  again: boolean
  attempt: number
  problem: SaveProblem | null
}

const DEFAULT_RETRY = [1000, 2000, 4000, 8000, 15000] as const

const globalTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
}

/** Reads the drafts stored under a prefix, oldest first; unreadable entries are skipped. */
export function readDrafts(storage: DraftStorage | null, prefix: string): Draft[] {
  if (!storage) return []
  const drafts: Draft[] = []
  for (let i = 0; i < storage.length; i += 1) {
    const storageKey = storage.key(i)
    if (!storageKey?.startsWith(prefix)) continue
    try {
      const parsed = JSON.parse(storage.getItem(storageKey) ?? 'null') as { op?: SaveOp; at?: number } | null
      if (parsed?.op && typeof parsed.op.channel === 'string' && typeof parsed.at === 'number') {
        drafts.push({ key: storageKey.slice(prefix.length), op: parsed.op, at: parsed.at })
      }
    } catch {
      // A corrupt draft cannot be replayed; leave it for a human rather than guess.
    }
  }
  return drafts.sort((a, b) => a.at - b.at)
}

function sameSnapshot(a: AutosaveSnapshot, b: AutosaveSnapshot): boolean {
  if (a.status !== b.status || a.lastMessage !== b.lastMessage || a.sending !== b.sending || a.problems.size !== b.problems.size) return false
  for (const [key, problem] of b.problems) if (a.problems.get(key) !== problem) return false
  return true
}

export class AutosaveStore {
  private readonly entries = new Map<string, Entry>()
  private readonly listeners = new Set<() => void>()
  private readonly idleWaiters: (() => void)[] = []
  private tracked = 0
  private everSaved = false
  private lastMessage = ''
  private snapshot: AutosaveSnapshot = { status: 'idle', problems: new Map(), lastMessage: '', sending: false }
  private readonly timers: Timers
  private readonly delayMs: number
  private readonly retryDelays: readonly number[]
  private readonly now: () => number

  constructor(private readonly options: AutosaveOptions) {
    this.timers = options.timers ?? globalTimers
    this.delayMs = options.delayMs ?? 600
    this.retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY
    this.now = options.now ?? (() => Date.now())
  }

  /** Records a new value for `key` (draft written at once) and saves it after the quiet time. */
  schedule(key: string, op: SaveOp, options: { delayMs?: number } = {}): void {
    const entry = this.entries.get(key) ?? {
      op,
      seq: 0,
      timer: undefined,
      inFlight: false,
      again: false,
      attempt: 0,
      problem: null,
    }
    entry.op = op
    entry.seq += 1
    entry.attempt = 0
    entry.problem = null
    this.entries.set(key, entry)
    this.writeDraft(key, op)
    this.arm(key, entry, options.delayMs ?? this.delayMs)
    this.emit()
  }

  /** Forgets a key's pending value and draft (the item is being deleted). */
  cancel(key: string): void {
    const entry = this.entries.get(key)
    if (entry) {
      this.timers.clearTimeout(entry.timer)
      entry.timer = undefined
      // An in-flight save finishes on its own and is then ignored: nothing more is sent for this key.
      this.entries.delete(key)
    }
    this.removeDraft(key)
    this.emit()
  }

  /** Shows an immediate call (creating, deleting) in the indicator while it runs. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.tracked += 1
    this.emit()
    const done = () => {
      this.tracked -= 1
      this.everSaved = true
      this.emit()
    }
    promise.then(done, done)
    return promise
  }

  /** Sends every waiting value now; resolves when nothing is in flight (failures stay queued for retry). */
  flush(): Promise<void> {
    for (const [key, entry] of this.entries) {
      if (entry.timer !== undefined) {
        this.timers.clearTimeout(entry.timer)
        entry.timer = undefined
        this.start(key, entry)
      }
    }
    return this.whenSettled()
  }

  /** Whether some value has not been acknowledged yet (waiting, in flight, failing or refused). */
  hasPending(): boolean {
    if (this.tracked > 0) return true
    return this.entries.size > 0
  }

  /** The problem of one key, if its last save failed. */
  problemOf(key: string): SaveProblem | null {
    return this.entries.get(key)?.problem ?? null
  }

  /** Whether a key has a value not yet acknowledged. */
  isLive(key: string): boolean {
    return this.entries.has(key)
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): AutosaveSnapshot => this.snapshot

  private arm(key: string, entry: Entry, ms: number): void {
    this.timers.clearTimeout(entry.timer)
    entry.timer = this.timers.setTimeout(() => {
      entry.timer = undefined
      this.start(key, entry)
    }, ms)
  }

  private start(key: string, entry: Entry): void {
    if (entry.inFlight) {
      entry.again = true
      return
    }
    entry.inFlight = true
    entry.again = false
    const seq = entry.seq
    const op = entry.op
    this.emit()
    this.options.send(op).then(
      () => this.settle(key, entry, seq, null),
      (error: unknown) => this.settle(key, entry, seq, this.options.classify(error)),
    )
  }

  private settle(key: string, entry: Entry, seq: number, problem: SaveProblem | null): void {
    entry.inFlight = false
    const current = this.entries.get(key) === entry
    if (!current) {
      this.emit()
      return
    }
    const newer = entry.seq !== seq
    if (problem === null || problem.kind === 'gone') {
      this.everSaved = true
      if (problem) this.lastMessage = problem.message
      if (!newer) {
        this.entries.delete(key)
        this.removeDraft(key)
      } else if (entry.again || entry.timer === undefined) {
        this.start(key, entry)
      }
    } else if (newer) {
      // The value changed meanwhile: the failure is about an old value, send the new one.
      if (entry.again || entry.timer === undefined) this.start(key, entry)
    } else {
      entry.problem = problem
      this.lastMessage = problem.message
      if (problem.kind === 'retry') {
        const wait = this.retryDelays[Math.min(entry.attempt, this.retryDelays.length - 1)] ?? 1000
        entry.attempt += 1
        this.arm(key, entry, wait)
      }
    }
    this.emit()
  }

  private whenSettled(): Promise<void> {
    if (!this.busy()) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private busy(): boolean {
    if (this.tracked > 0) return true
    for (const entry of this.entries.values()) if (entry.inFlight) return true
    return false
  }

  private writeDraft(key: string, op: SaveOp): void {
    try {
      this.options.storage?.setItem(this.options.draftPrefix + key, JSON.stringify({ op, at: this.now() }))
    } catch {
      // Storage full or unavailable: the save itself still runs.
    }
  }

  private removeDraft(key: string): void {
    try {
      this.options.storage?.removeItem(this.options.draftPrefix + key)
    } catch {
      // Nothing to do: a stale draft is replayed harmlessly (saves are idempotent).
    }
  }

  private emit(): void {
    const problems = new Map<string, SaveProblem>()
    let waiting = this.tracked > 0
    for (const [key, entry] of this.entries) {
      if (entry.problem) problems.set(key, entry.problem)
      else waiting = true
      if (entry.inFlight) waiting = true
    }
    const kinds = [...problems.values()].map((p) => p.kind)
    let status: AutosaveStatus
    if (kinds.includes('retry')) status = 'retrying'
    else if (waiting) status = 'saving'
    else if (kinds.includes('invalid')) status = 'invalid'
    else status = this.everSaved ? 'saved' : 'idle'
    const next: AutosaveSnapshot = { status, problems, lastMessage: this.lastMessage, sending: this.busy() }
    // The same snapshot while nothing it shows changed: a key typed while a save waits re-renders no indicator.
    if (!sameSnapshot(this.snapshot, next)) this.snapshot = next
    if (!next.sending) for (const resolve of this.idleWaiters.splice(0)) resolve()
    for (const listener of this.listeners) listener()
  }
}
