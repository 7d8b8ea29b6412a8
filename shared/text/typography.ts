/**
 * French typography for every text we print: no-break spaces where French puts a space before
 * or inside punctuation, so that « : », « ? » or « % » never start a line, and curly apostrophes.
 * Pure: the PDF, the Excel file and the interface all call it.
 */

/** U+00A0, before « : » and « % » and inside « guillemets ». */
export const NBSP = '\u00A0'
/** U+202F, the narrow no-break space before « ; ! ? ». */
export const NNBSP = '\u202F'

// Web addresses and e-mail addresses are copied as written: « https://x.ma/?a=1 » must keep its « ? ».
const PROTECTED =
  /\b(?:https?|ftp|file):\/\/[^\s«»<>]+|\bmailto:[^\s«»<>]+|\bwww\.[^\s«»<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu

// What every address of PROTECTED holds; a text without any of these has none.
const MAYBE_PROTECTED = /@|:\/\/|mailto:|www\./iu

// Horizontal spaces only: a line break before « ; » is the author's, we keep it.
const H_SPACES = '[ \\t\\u00A0\\u202F\\u2009]*'

// Built once: fixPlain runs on every string printed.
const OPEN_GUILLEMET = new RegExp(`«${H_SPACES}`, 'gu')
const CLOSE_GUILLEMET = new RegExp(`${H_SPACES}»`, 'gu')
const BEFORE_SIGN = new RegExp(`([^\\s;:!?«(\\[/])${H_SPACES}([;!?])`, 'gu')
const BEFORE_COLON = new RegExp(`([^\\s;:!?«(\\[/])${H_SPACES}:(?![:/\\\\])`, 'gu')
const BEFORE_PERCENT = new RegExp(`(\\d)${H_SPACES}%`, 'gu')
const SIGNS = /[;!?]/u
// Arabic (and Hebrew) letters and marks: the rules never change an Arabic word, nor the sign right after one.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u
// l'accès, between two letters of a script with French apostrophes (not between two Arabic letters).
const APOSTROPHE = /(?<=[^\P{L}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])'(?=[^\P{L}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])/gu

// Each rule runs only when its sign is in the text: most strings have few of them.
function fixPlain(text: string): string {
  let out = text
  // l'accès → l’accès; only between two letters, so quoted code 'x' and primes stay.
  if (out.includes("'")) out = out.replace(APOSTROPHE, '’')
  // « texte » : one no-break space on each inner side.
  if (out.includes('«')) out = out.replace(OPEN_GUILLEMET, `«${NBSP}`)
  if (out.includes('»')) out = out.replace(CLOSE_GUILLEMET, `${NBSP}»`)
  // ; ! ? after a word or a closing sign; « ?! » stays glued, and a sign opening a line stays.
  if (SIGNS.test(out))
    out = out.replace(BEFORE_SIGN, (match, before: string, sign: string) => (RTL_LETTER.test(before) ? match : `${before}${NNBSP}${sign}`))
  // « : » but not in times (10:30), ratios (1:100), « :: », drive letters or « :/ ».
  if (out.includes(':')) {
    out = out.replace(BEFORE_COLON, (match, before: string, offset: number, all: string) => {
      if (RTL_LETTER.test(before)) return match
      const next = all.charAt(offset + match.length)
      if (/\d/u.test(before) && /\d/u.test(next) && !/\s/u.test(match.charAt(1))) return match
      return `${before}${NBSP}:`
    })
  }
  // 100% → 100 % (also after a decimal comma, 3,5 %).
  if (out.includes('%')) out = out.replace(BEFORE_PERCENT, `$1${NBSP}%`)
  return out
}

/** French typography of one string: no-break spaces before « ; ! ? : % », inside « », curly apostrophes. Idempotent. */
export function frenchTypography(text: string): string {
  if (text === '') return text
  // Addresses are swapped for a placeholder the rules read as a word, then put back, so that
  // « https://x.ma ! » still gets its space before « ! » and the address itself is untouched.
  // Most texts hold no address: skip the costly address pattern unless one may be there.
  if (!MAYBE_PROTECTED.test(text)) return fixPlain(text)
  const kept: string[] = []
  const masked = text.includes(PLACEHOLDER)
    ? text
    : text.replace(PROTECTED, (m) => {
        kept.push(m)
        return PLACEHOLDER
      })
  let k = 0
  return fixPlain(masked).replace(PLACEHOLDER_ALL, (p) => kept[k++] ?? p)
}

// A private-use character: never typed, never printed.
const PLACEHOLDER = '\uE000'
const PLACEHOLDER_ALL = /\uE000/gu

/** A horizontal space the rules read or write: space, tab, no-break, narrow no-break, thin. */
function spaceLike(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009
}

/**
 * French typography across styled runs (« Lieu » in bold then « : » in roman): the runs are
 * fixed as one text, so a space at a run boundary is handled, then cut back into as many runs.
 */
export function frenchTypographyRuns(runs: readonly string[]): string[] {
  const joined = runs.join('')
  const fixed = frenchTypography(joined)
  if (fixed === joined) return [...runs]
  // Where each run ends in the joined text; `ownerOf(k)`: the run its character k belongs to
  // (k kept within the text; k moves by one at a time, so the search starts where it was).
  const ends: number[] = []
  let total = 0
  for (const run of runs) ends.push((total += run.length))
  let owner = 0
  const ownerOf = (k: number): number => {
    const at = Math.min(Math.max(k, 0), total - 1)
    while (owner > 0 && (ends[owner - 1] as number) > at) owner--
    while ((ends[owner] as number) <= at) owner++
    return owner
  }
  const out = runs.map(() => '')
  // Output characters go to their run in slices of `fixed`: [from, j) to run `to`.
  let to = -1
  let from = 0
  const give = (run: number, j: number): void => {
    if (run === to) return
    if (to >= 0) out[to] += fixed.slice(from, j)
    to = run
    from = j
  }
  let i = 0
  let j = 0
  // The fix only substitutes one character for one (space → no-break space, ' → ’), inserts
  // no-break spaces and drops extra spaces; walk both strings and give each output character
  // to the run of the input character it came from (an insertion goes with the character before).
  while (j < fixed.length) {
    const a = joined.charCodeAt(i)
    const b = fixed.charCodeAt(j)
    const inText = i < joined.length
    if (inText && (a === b || (a === 0x27 && b === 0x2019) || (spaceLike(a) && spaceLike(b)))) {
      give(ownerOf(i), j)
      i++
      j++
    } else if (inText && spaceLike(a)) {
      i++ // a space the fix removed
    } else {
      give(ownerOf(i - 1), j) // a no-break space the fix inserted
      j++
    }
  }
  if (to >= 0) out[to] += fixed.slice(from, j)
  return out
}
