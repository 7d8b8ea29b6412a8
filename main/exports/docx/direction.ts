/**
 * Right to left in the Word file. A paragraph is bidirectional (w:bidi) when its first strong
 * character is Arabic, or when it has none and the document is Arabic — the rule the PDF follows
 * (Unicode P2-P3) — so that an Arabic paragraph in a French relevé reads from the right too. Arabic
 * stretches of a run become their own runs marked right to left (w:rtl), as Word writes them, and the
 * Latin around them stays as it was: a French document without Arabic is written exactly as before.
 */
import { TextRun, type IRunOptions } from 'docx'
import { paragraphDirection } from '../pdf/bidi/order'
import { hasRtl, RTL_STRETCH } from '../common/script'
import { typo, typoRuns } from '../pdf/strings'

export { hasRtl }

/** What the walkers need to know: whether the document is Arabic. */
export interface DocDirection {
  rtl: boolean
}

/** `{ bidirectional: true }` for a paragraph that reads from the right (its first strong letter, else the document). */
export function paragraphBidi(text: string, dir: DocDirection): { bidirectional?: true } {
  return paragraphDirection(text, dir.rtl ? 'rtl' : 'ltr') === 'rtl' ? { bidirectional: true } : {}
}

/** A line of the document's frame (header, title block, letterhead): right to left throughout an Arabic relevé. */
export function frameBidi(text: string, dir: DocDirection): { bidirectional?: true } {
  return dir.rtl ? { bidirectional: true } : paragraphBidi(text, dir)
}

/**
 * The text as printed, by the rule the PDF follows (pdf/strings.ts, keptAsTyped): a paragraph
 * that reads from the right, and in an Arabic relevé any paragraph holding Arabic, as typed
 * (« 70% », « المكان: »); a French paragraph with French typography (no-break spaces before « : »,
 * « % »…), in an Arabic relevé too. Arabic words are never changed.
 */
export function printed(text: string, dir: DocDirection): string {
  return typo(text, dir.rtl ? 'ar' : 'fr')
}

/** `printed` across styled runs. */
export function printedRuns(texts: readonly string[], dir: DocDirection): string[] {
  return typoRuns(texts, dir.rtl ? 'ar' : 'fr')
}

type RunOptions = Omit<IRunOptions, 'text' | 'children'>

/**
 * The runs of one text with the same formatting: Arabic stretches marked right to left, the rest
 * as is. A text without Arabic is one run, as before.
 */
export function textRuns(text: string, options: RunOptions = {}): TextRun[] {
  if (!hasRtl(text)) return [new TextRun({ ...options, text })]
  const pieces: { text: string; rtl: boolean }[] = []
  let at = 0
  for (const m of text.matchAll(RTL_STRETCH)) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), rtl: false })
    pieces.push({ text: m[0], rtl: true })
    at = m.index + m[0].length
  }
  if (at < text.length) pieces.push({ text: text.slice(at), rtl: false })
  // A line break asked for the text goes before its first piece only.
  const { break: lineBreak, ...rest } = options
  return pieces.map(
    (p, k) => new TextRun({ ...rest, ...(k === 0 && lineBreak ? { break: lineBreak } : {}), text: p.text, ...(p.rtl ? { rightToLeft: true } : {}) }),
  )
}
