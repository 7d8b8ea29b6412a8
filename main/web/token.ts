import { timingSafeEqual } from 'node:crypto'

/** Constant-time token check: a wrong token takes as long as a right one. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}
