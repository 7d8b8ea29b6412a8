import { describe, expect, it } from 'vitest'
import { createIdleQueue, type IdleHost } from '../../../renderer/screens/meetings/minutes/idle-queue'

/**
 * A page on a simulated clock. `idleEvery` says when the page has an idle moment (null: never, as on
 * a machine so loaded that every frame is late); an idle callback otherwise runs at its deadline, as
 * `requestIdleCallback` does with a timeout. Timers run at their time.
 */
class FakePage implements IdleHost {
  time = 0
  readonly reported: unknown[] = []
  private readonly events: { at: number; run: () => void }[] = []

  constructor(private readonly idleEvery: number | null) {}

  now(): number {
    return this.time
  }
  whenIdle(callback: () => void, timeoutMs: number): void {
    const deadline = this.time + timeoutMs
    const idle = this.idleEvery === null ? Infinity : Math.ceil((this.time + 1) / this.idleEvery) * this.idleEvery
    this.events.push({ at: Math.min(idle, deadline), run: callback })
  }
  after(callback: () => void, ms: number): void {
    this.events.push({ at: this.time + ms, run: callback })
  }
  report(error: unknown): void {
    this.reported.push(error)
  }
  /** Runs what is due until `until`, in time order. */
  runUntil(until: number): void {
    for (;;) {
      this.events.sort((a, b) => a.at - b.at)
      const next = this.events[0]
      if (next === undefined || next.at > until) break
      this.events.shift()
      this.time = next.at
      next.run()
    }
    this.time = until
  }
}

describe('the idle queue that completes the editor’s long lists', () => {
  it('runs every task, one per idle moment, in the order asked', () => {
    const page = new FakePage(16)
    const queue = createIdleQueue(page, { quietMs: 1000, maxWaitMs: 500 })
    const ran: { task: number; at: number }[] = []
    for (let task = 0; task < 5; task++) queue.add(() => ran.push({ task, at: page.now() }))
    page.runUntil(200)
    expect(ran.map((r) => r.task)).toEqual([0, 1, 2, 3, 4])
    expect(new Set(ran.map((r) => r.at)).size).toBe(5)
    expect(queue.size).toBe(0)
  })

  it('still runs every task on a page that never has an idle moment', () => {
    const page = new FakePage(null)
    const queue = createIdleQueue(page, { quietMs: 1000, maxWaitMs: 500 })
    const ran: number[] = []
    for (let task = 0; task < 36; task++) queue.add(() => ran.push(task))
    page.runUntil(36 * 500)
    expect(ran).toHaveLength(36)
    expect(queue.size).toBe(0)
  })

  it('waits until the user has paused for quietMs before running a task', () => {
    const page = new FakePage(16)
    const queue = createIdleQueue(page, { quietMs: 1000, maxWaitMs: 500 })
    const ran: number[] = []
    queue.add(() => ran.push(page.now()))
    queue.add(() => ran.push(page.now()))
    // The user types every 300 ms for two seconds, the last key at 1,800 ms.
    for (let at = 0; at <= 2000; at += 300) {
      page.runUntil(at)
      queue.noteInput()
    }
    expect(ran).toEqual([])
    page.runUntil(5000)
    expect(ran).toHaveLength(2)
    for (const at of ran) expect(at).toBeGreaterThanOrEqual(1800 + 1000)
  })

  it('reports a task that throws and goes on with the next ones', () => {
    const page = new FakePage(16)
    const queue = createIdleQueue(page, { quietMs: 1000, maxWaitMs: 500 })
    const ran: number[] = []
    queue.add(() => ran.push(1))
    queue.add(() => {
      throw new Error('rendu impossible')
    })
    queue.add(() => ran.push(3))
    page.runUntil(1000)
    expect(ran).toEqual([1, 3])
    expect(page.reported).toEqual([new Error('rendu impossible')])
  })

  it('does not run a task cancelled before its turn', () => {
    const page = new FakePage(16)
    const queue = createIdleQueue(page, { quietMs: 1000, maxWaitMs: 500 })
    const ran: number[] = []
    queue.add(() => ran.push(1))
    const cancel = queue.add(() => ran.push(2))
    queue.add(() => ran.push(3))
    cancel()
    page.runUntil(1000)
    expect(ran).toEqual([1, 3])
  })
})
