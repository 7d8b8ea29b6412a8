/**
 * Snippets of search results: the words found, shown on the text as written. The index holds
 * folded text, so its own snippet() would show « periode » for « période »: the words are found
 * again here on the folded text and mapped back to the original characters.
 */
import type { SnippetPart } from '../domain/search'
import { foldWithOrigins, wordSpans } from './fold'

/**
 * Where the words of `text` found by a search for `words` (folded; the last one a prefix, as the
 * search takes it) are: [start, end) in `text`, and the search word each one matched.
 */
export function matchRanges(text: string, words: readonly string[]): { start: number; end: number; word: string }[] {
  if (words.length === 0) return []
  const { folded, origin } = foldWithOrigins(text)
  const ranges: { start: number; end: number; word: string }[] = []
  const last = words.length - 1
  for (const span of wordSpans(folded)) {
    const word = words.find((w, i) => (i === last ? span.word.startsWith(w) : span.word === w))
    if (word === undefined) continue
    const start = origin[span.start] ?? 0
    const end = span.end < folded.length ? (origin[span.end] ?? text.length) : text.length
    ranges.push({ start, end: trimEnd(text, start, end), word })
  }
  return ranges
}

// A word's range runs to the next folded character's source: spaces and punctuation that fold to
// nothing never end a range, only marks and tatweel do, which belong to the word.
function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s\p{P}]/u.test(text[e - 1] ?? '')) e--
  return e
}

/**
 * A snippet of about `length` characters of `text` (spaces collapsed) around the first match of
 * the longest word searched (« confinement » rather than « de »), cut at word boundaries with
 * « … », the matched words marked.
 */
export function buildSnippet(text: string, words: readonly string[], length = 180): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return []
  let from = 0
  let to = flat.length
  if (flat.length > length) {
    const first = firstMatch(flat, words, length * 3)
    from = first < length / 3 ? 0 : wordStart(flat, first - Math.floor(length / 4))
    to = Math.min(flat.length, wordEnd(flat, from + length))
  }
  // Only the shown part is folded and searched: a discussion runs to thousands of characters, and
  // each key typed in the search box builds up to 45 snippets. The part starts and ends between
  // words, and folding is character by character, so its matches are those of the whole text.
  const ranges = matchRanges(flat.slice(from, to), words).map((r) => ({ ...r, start: r.start + from, end: r.end + from }))
  const parts: SnippetPart[] = []
  const push = (piece: string, match: boolean) => {
    if (piece === '') return
    const last = parts[parts.length - 1]
    if (last && last.match === match) last.text += piece
    else parts.push({ text: piece, match })
  }
  if (from > 0) push('… ', false)
  let at = from
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue
    const start = Math.max(r.start, at)
    const end = Math.min(r.end, to)
    push(flat.slice(at, start), false)
    push(flat.slice(start, end), true)
    at = end
  }
  push(flat.slice(at, to), false)
  if (to < flat.length) push(' …', false)
  return parts
}

/**
 * Where in `flat` the first match of the longest word searched is (« confinement » rather than
 * « de »), else the first match of any, else 0: read piece by piece (cut between words), stopping
 * at the first piece that holds the longest word.
 */
function firstMatch(flat: string, words: readonly string[], piece: number): number {
  const longest = [...words].sort((a, b) => b.length - a.length)[0]
  let fallback: number | undefined
  for (let start = 0; start < flat.length; ) {
    const end = Math.min(flat.length, wordEnd(flat, start + piece))
    const ranges = matchRanges(flat.slice(start, end), words)
    const found = ranges.find((r) => r.word === longest)
    if (found) return start + found.start
    fallback ??= ranges[0] === undefined ? undefined : start + ranges[0].start
    start = end + 1
  }
  return fallback ?? 0
}

function wordStart(text: string, index: number): number {
  let i = Math.max(0, index)
  while (i > 0 && text[i - 1] !== ' ') i--
  return i
}

function wordEnd(text: string, index: number): number {
  let i = Math.min(text.length, index)
  while (i < text.length && text[i] !== ' ') i++
  return i
}
