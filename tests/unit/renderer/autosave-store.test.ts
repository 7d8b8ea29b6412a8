import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  AutosaveStore,
  readDrafts,
  type DraftStorage,
  type SaveOp,
  type SaveProblem,
} from '../../../renderer/components/autosave-store'

/** localStorage stand-in. */
class MemoryStorage implements DraftStorage {
  readonly map = new Map<string, string>()
  get length(): number {
    return this.map.size
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value)
  }
  removeItem(key: string): void {
    this.map.delete(key)
  }
}

class Refused extends Error {
  constructor(readonly kind: SaveProblem['kind']) {
    super(kind)
  }
}

const PREFIX = 'copil.draft.test.7.'
const op = (text: string): SaveOp => ({ channel: 'decisions/save', input: { id: 1, meetingId: 7, text } })

function setup(send: (op: SaveOp) => Promise<unknown>) {
  const storage = new MemoryStorage()
  const store = new AutosaveStore({
    send,
    classify: (error): SaveProblem =>
      error instanceof Refused
        ? { kind: error.kind, message: 'Refusé.', fields: { text: 'Texte trop long.' } }
        : { kind: 'retry', message: 'Le service ne répond pas.', fields: {} },
    storage,
    draftPrefix: PREFIX,
    delayMs: 600,
    retryDelaysMs: [1000, 5000],
  })
  return { store, storage }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('AutosaveStore', () => {
  it('saves once, 600 ms after the last keystroke, with the last value', async () => {
    const send = vi.fn(() => Promise.resolve())
    const { store } = setup(send)
    for (const text of ['R', 'Ré', 'Réu', 'Réunion']) {
      store.schedule('decision:1', op(text))
      await vi.advanceTimersByTimeAsync(300)
    }
    expect(send).not.toHaveBeenCalled()
    expect(store.getSnapshot().status).toBe('saving')
    await vi.advanceTimersByTimeAsync(300)
    expect(send).toHaveBeenCalledTimes(1)
    expect(send).toHaveBeenCalledWith(op('Réunion'))
    expect(store.getSnapshot().status).toBe('saved')
    expect(store.hasPending()).toBe(false)
  })

  it('keeps one snapshot while keys are typed, and says sending only while the call is on its way', async () => {
    let acknowledge: () => void = () => undefined
    const send = vi.fn(() => new Promise<void>((resolve) => (acknowledge = resolve)))
    const { store } = setup(send)
    const changes = vi.fn()
    store.subscribe(changes)
    store.schedule('decision:1', op('R'))
    const waiting = store.getSnapshot()
    expect(waiting).toMatchObject({ status: 'saving', sending: false })
    for (const text of ['Ré', 'Réu', 'Réunion']) store.schedule('decision:1', op(text))
    // Listeners hear every key, but nothing they show changed: the same snapshot, no re-render.
    expect(changes).toHaveBeenCalledTimes(4)
    expect(store.getSnapshot()).toBe(waiting)
    await vi.advanceTimersByTimeAsync(600)
    expect(store.getSnapshot()).toMatchObject({ status: 'saving', sending: true })
    acknowledge()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getSnapshot()).toMatchObject({ status: 'saved', sending: false })
    expect(send).toHaveBeenCalledWith(op('Réunion'))
  })

  it('keeps a draft until the server acknowledges the value, then forgets it', async () => {
    let acknowledge: () => void = () => undefined
    const send = vi.fn(() => new Promise<void>((resolve) => (acknowledge = resolve)))
    const { store, storage } = setup(send)
    store.schedule('decision:1', op('Inciter les organismes'))
    expect(readDrafts(storage, PREFIX)).toEqual([
      { key: 'decision:1', op: op('Inciter les organismes'), at: expect.any(Number) },
    ])
    await vi.advanceTimersByTimeAsync(600)
    expect(readDrafts(storage, PREFIX)).toHaveLength(1)
    acknowledge()
    await vi.advanceTimersByTimeAsync(0)
    expect(readDrafts(storage, PREFIX)).toEqual([])
  })

  it('retries a failed save with the same value, reports it, and keeps the draft meanwhile', async () => {
    const send = vi
      .fn<(op: SaveOp) => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('down'))
      .mockRejectedValueOnce(new Error('down'))
      .mockResolvedValue(undefined)
    const { store, storage } = setup(send)
    store.schedule('decision:1', op('Programmer une réunion'))
    await vi.advanceTimersByTimeAsync(600)
    expect(store.getSnapshot().status).toBe('retrying')
    expect(store.getSnapshot().lastMessage).toBe('Le service ne répond pas.')
    expect(readDrafts(storage, PREFIX)).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(send).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(4999)
    expect(send).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(send).toHaveBeenCalledTimes(3)
    expect(send).toHaveBeenLastCalledWith(op('Programmer une réunion'))
    expect(store.getSnapshot().status).toBe('saved')
    expect(readDrafts(storage, PREFIX)).toEqual([])
  })

  it('does not retry refused input: the problem stays on its key until the value changes', async () => {
    const send = vi
      .fn<(op: SaveOp) => Promise<unknown>>()
      .mockRejectedValueOnce(new Refused('invalid'))
      .mockResolvedValue(undefined)
    const { store, storage } = setup(send)
    store.schedule('header', op('x'.repeat(10)))
    await vi.advanceTimersByTimeAsync(600)
    expect(store.getSnapshot().status).toBe('invalid')
    expect(store.problemOf('header')?.fields).toEqual({ text: 'Texte trop long.' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(send).toHaveBeenCalledTimes(1)
    expect(store.hasPending()).toBe(true)
    expect(readDrafts(storage, PREFIX)).toHaveLength(1)
    store.schedule('header', op('court'))
    expect(store.problemOf('header')).toBeNull()
    await vi.advanceTimersByTimeAsync(600)
    expect(send).toHaveBeenCalledTimes(2)
    expect(store.getSnapshot().status).toBe('saved')
  })

  it('never sends two saves of one key at once, and sends the newer value after the first ends', async () => {
    const resolvers: (() => void)[] = []
    const send = vi.fn(() => new Promise<void>((resolve) => resolvers.push(resolve)))
    const { store, storage } = setup(send)
    store.schedule('decision:1', op('A'))
    await vi.advanceTimersByTimeAsync(600)
    store.schedule('decision:1', op('AB'))
    await vi.advanceTimersByTimeAsync(600)
    expect(send).toHaveBeenCalledTimes(1)
    resolvers[0]?.()
    await vi.advanceTimersByTimeAsync(0)
    expect(send).toHaveBeenCalledTimes(2)
    expect(send).toHaveBeenLastCalledWith(op('AB'))
    // The first acknowledgement was for an older value: the draft of « AB » is still there.
    expect(readDrafts(storage, PREFIX).map((d) => d.op)).toEqual([op('AB')])
    resolvers[1]?.()
    await vi.advanceTimersByTimeAsync(0)
    expect(readDrafts(storage, PREFIX)).toEqual([])
  })

  it('flush sends every waiting value at once and resolves when they are acknowledged', async () => {
    const send = vi.fn(() => Promise.resolve())
    const { store } = setup(send)
    store.schedule('agenda:1', op('un'))
    store.schedule('agenda:2', op('deux'))
    await store.flush()
    expect(send).toHaveBeenCalledTimes(2)
    expect(store.hasPending()).toBe(false)
  })

  it('cancel drops a waiting value and its draft', async () => {
    const send = vi.fn(() => Promise.resolve())
    const { store, storage } = setup(send)
    store.schedule('agenda:1', op('à supprimer'))
    store.cancel('agenda:1')
    await vi.advanceTimersByTimeAsync(5000)
    expect(send).not.toHaveBeenCalled()
    expect(readDrafts(storage, PREFIX)).toEqual([])
    expect(store.hasPending()).toBe(false)
  })

  it('drops a value whose item no longer exists', async () => {
    const send = vi.fn(() => Promise.reject(new Refused('gone')))
    const { store, storage } = setup(send)
    store.schedule('agenda:9', op('orphelin'))
    await vi.advanceTimersByTimeAsync(600)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(send).toHaveBeenCalledTimes(1)
    expect(store.hasPending()).toBe(false)
    expect(readDrafts(storage, PREFIX)).toEqual([])
  })

  it('reads only its own drafts, oldest first, and skips corrupt ones', () => {
    const storage = new MemoryStorage()
    storage.setItem(`${PREFIX}b`, JSON.stringify({ op: op('deux'), at: 20 }))
    storage.setItem(`${PREFIX}a`, JSON.stringify({ op: op('un'), at: 10 }))
    storage.setItem(`${PREFIX}c`, '{pas du json')
    storage.setItem('copil.draft.test.8.a', JSON.stringify({ op: op('autre réunion'), at: 5 }))
    expect(readDrafts(storage, PREFIX).map((d) => d.key)).toEqual(['a', 'b'])
  })
})
