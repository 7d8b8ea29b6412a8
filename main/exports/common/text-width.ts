/**
 * Width of text in Noto Sans, in points, from the same parsed fonts as the PDF: the Word walker
 * sizes its table columns with it (Word and LibreOffice print the relevé in Noto Sans too).
 */
import { loadFonts, type Face } from '../pdf/fonts'

// Words repeat across cells and documents; the fonts never change within a process.
const widths = new Map<string, number>()
const MAX_ENTRIES = 50_000

/** Width of `text` at `size` points in `face`. */
export function textWidth(text: string, face: Face, size: number): number {
  if (!text) return 0
  const key = `${face}|${text}`
  let em = widths.get(key)
  if (em === undefined) {
    const font = loadFonts()[face]
    let advance = 0
    for (const p of font.layout(text).positions) advance += p.xAdvance
    em = advance / font.unitsPerEm
    if (widths.size >= MAX_ENTRIES) widths.clear()
    widths.set(key, em)
  }
  return em * size
}
