import { randomBytes } from 'node:crypto'
import { tokenMatches } from './token'

/** How long the code of `--open` stays valid if the page never comes to exchange it. */
const CODE_LIFETIME_MS = 2 * 60_000

/**
 * The one-time code `npm run web -- --open` puts in the browser's address instead of the token:
 * the browser's command line is visible to every local user (`ps`), so what it carries must be
 * worthless once the page has used it. The page exchanges it once for the token; after that, or
 * after two minutes, it opens nothing.
 */
export interface AccessCode {
  readonly code: string
  /** True once, for the right code within its lifetime; false forever after. */
  redeem(given: string | undefined): boolean
}

export function createAccessCode(now: () => number = Date.now): AccessCode {
  const code = randomBytes(18).toString('base64url')
  const expires = now() + CODE_LIFETIME_MS
  let used = false
  return {
    code,
    redeem(given) {
      if (used || now() > expires || !tokenMatches(code, given)) return false
      used = true
      return true
    },
  }
}
