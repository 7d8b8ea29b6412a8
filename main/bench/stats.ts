/** Timing helpers of the bench: every figure is a median with its p95 and its spread (min-max). */
import { performance } from 'node:perf_hooks'

export interface Summary {
  /** The median of the runs. */
  measuredMs: number
  p95Ms: number
  minMs: number
  maxMs: number
  runs: number
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  // Nearest rank: the p95 of 5 runs is the slowest, never a value below the median.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length / 2
  const median =
    sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return { measuredMs: median, p95Ms: percentile(sorted, 95), minMs: sorted[0] ?? 0, maxMs: sorted[sorted.length - 1] ?? 0, runs: sorted.length }
}

export async function timeAsync(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** `fn(i)` for i = 0…runs-1 after `warmups` calls on -1, -2…: median, p95 and spread. */
export async function measure(runs: number, fn: (i: number) => Promise<unknown> | unknown, warmups = 1): Promise<Summary> {
  for (let w = 1; w <= warmups; w += 1) await fn(-w)
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) samples.push(await timeAsync(() => fn(i)))
  return summarise(samples)
}

const started = performance.now()
/** A progress line on stderr, so that a long run shows where it is. */
export function progress(what: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${what}\n`)
}

export const fmtMs = (value: number): string => `${value.toFixed(1)} ms`
export const fmtKo = (bytes: number): string => `${Math.round(bytes / 1024)} Ko`
