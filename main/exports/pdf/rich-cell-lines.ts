/**
 * A table cell's paragraphs cut into their printed lines, so that a row taller than a page can be
 * continued on the next page between two lines, never through one. The lines are wrapped as
 * pdfkit wraps them (words kept whole; a word wider than the cell cut into pieces that each fill
 * a line), with a point of slack so that pdfkit never wraps one of them again: every line is one
 * printed line, so that a page can end after any of them.
 */
import { typoRuns } from './strings'
import type { Face } from './fonts'
import type { Run } from './layout'
import type { Language } from '../../../shared/i18n/languages'

/** One printable line-block of a cell: its runs, how far it is indented, and its list label. */
export interface CellPara {
  runs: Run[]
  indent: number
  label?: string
  /** A line continuing the paragraph above: no paragraph gap before it. */
  joined?: boolean
}

export interface LineMetrics {
  /** Width of the text in a face at the table's size. */
  width(face: Face, text: string): number
  /** Width taken by a paragraph's list label (0 without one). */
  label(p: CellPara): number
  /** The relevé's language (French typography, strings.ts); French when absent. */
  language?: Language
}

const SLACK = 1

function hasLongWord(p: CellPara, available: number, m: LineMetrics): boolean {
  const texts = typoRuns(p.runs.map((r) => r.text), m.language)
  return p.runs.some((run, i) =>
    (texts[i] ?? '').split(/\n|[ \t]+/u).some((word) => word !== '' && m.width(run.face ?? 'regular', word) > available),
  )
}

/** The longest start of `word` no wider than `room` (at least one character, whole code points). */
function fits(word: string, room: number, width: (text: string) => number): number {
  const chars = [...word]
  let lo = 1
  let hi = chars.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (width(chars.slice(0, mid).join('')) <= room) lo = mid
    else hi = mid - 1
  }
  return chars.slice(0, lo).join('').length
}

function wrap(runs: readonly Run[], available: number, m: LineMetrics): Run[][] {
  const texts = typoRuns(runs.map((r) => r.text), m.language)
  const lines: Run[][] = []
  let line: Run[] = []
  let width = 0
  const push = (run: Run): void => {
    const last = line[line.length - 1]
    if (last && last.face === run.face && last.underline === run.underline) line[line.length - 1] = { ...last, text: last.text + run.text }
    else line.push(run)
  }
  const end = (): void => {
    // Spaces at the end of a line are not printed.
    const last = line[line.length - 1]
    if (last) line[line.length - 1] = { ...last, text: last.text.replace(/[ \t]+$/u, '') }
    lines.push(line.filter((r) => r.text !== ''))
    line = []
    width = 0
  }
  runs.forEach((run, i) => {
    const face = run.face ?? 'regular'
    for (const token of (texts[i] ?? '').split(/(\n|[ \t]+)/u)) {
      if (token === '') continue
      if (token === '\n') {
        end()
        continue
      }
      const w = m.width(face, token)
      if (/^[ \t]+$/u.test(token)) {
        if (line.length > 0) {
          push({ ...run, text: token })
          width += w
        }
        continue
      }
      if (line.length > 0 && width + w > available - SLACK) end()
      let word = token
      let ww = w
      // A word wider than the cell: as many pieces as it takes, each a full line.
      while (ww > available - SLACK && [...word].length > 1) {
        const cut = fits(word, available - SLACK, (text) => m.width(face, text))
        push({ ...run, text: word.slice(0, cut) })
        end()
        word = word.slice(cut)
        ww = m.width(face, word)
      }
      push({ ...run, text: word })
      width += ww
    }
  })
  if (line.length > 0 || lines.length === 0) end()
  return lines
}

/**
 * The paragraphs of a cell `inner` points wide (padding excluded) as one paragraph per line; with
 * `onlyLongWords`, only the paragraphs holding a word wider than the cell (pdfkit may let such a
 * word in a styled run overflow the cell, and the page, rather than break it).
 */
export function cellLines(paras: readonly CellPara[], inner: number, m: LineMetrics, onlyLongWords = false): CellPara[] {
  const out: CellPara[] = []
  for (const p of paras) {
    const lead = m.label(p)
    if (!p.runs.some((r) => r.text !== '') || (onlyLongWords && !hasLongWord(p, Math.max(inner - p.indent - lead, 8), m))) {
      out.push(p)
      continue
    }
    wrap(p.runs, Math.max(inner - p.indent - lead, 8), m).forEach((runs, k) => {
      if (k === 0) out.push({ ...p, runs })
      else out.push({ runs, indent: p.indent + lead, joined: true })
    })
  }
  return out
}
