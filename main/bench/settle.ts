/**
 * A settled machine before each side-by-side measure: Chromium's processes keep working for a
 * moment after `page.pdf` returns (freeing the page, collecting garbage), and on two cores that
 * tail would be timed as Copil's next run, and Copil's own tail as Chromium's. Each contender
 * therefore starts once the machine has been nearly idle for one short window, or after `maxMs`.
 */
import { readFileSync } from 'node:fs'

/** Busy and total ticks of all cores, from the first line of /proc/stat. */
export interface CpuTicks {
  busy: number
  total: number
}

/** The « cpu » line of /proc/stat read as busy and total ticks (idle and iowait are not busy). */
export function parseCpuLine(stat: string): CpuTicks | undefined {
  const line = stat.split('\n').find((l) => l.startsWith('cpu '))
  if (line === undefined) return undefined
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number)
  if (ticks.length < 4 || ticks.some((t) => !Number.isFinite(t))) return undefined
  const total = ticks.reduce((a, b) => a + b, 0)
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0)
  return { busy: total - idle, total }
}

/** The share of the machine that was busy between two readings (0 when no tick passed). */
export function busyShare(before: CpuTicks, after: CpuTicks): number {
  const total = after.total - before.total
  return total > 0 ? (after.busy - before.busy) / total : 0
}

const readTicks = (): CpuTicks | undefined => {
  try {
    return parseCpuLine(readFileSync('/proc/stat', 'utf8'))
  } catch {
    return undefined
  }
}
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until one `windowMs` window had the machine busy less than `maxBusy` (share of all
 * cores), at most `maxMs`; without /proc/stat, waits one window. Returns the time waited.
 */
export async function settle(maxMs = 1000, windowMs = 60, maxBusy = 0.15): Promise<number> {
  const start = performance.now()
  let before = readTicks()
  for (;;) {
    await sleep(windowMs)
    const after = readTicks()
    const waited = performance.now() - start
    if (before === undefined || after === undefined) return waited
    if (busyShare(before, after) < maxBusy || waited >= maxMs) return waited
    before = after
  }
}
