/** At most this many letterhead lines (« Royaume du Maroc », a ministry, a department). */
export const LETTERHEAD_MAX_LINES = 3

/** The longest letterhead line, in characters: a ministry's full name fits, a paragraph does not. */
export const LETTERHEAD_MAX_CHARS = 120

/** The lines a document prints: trimmed, blank ones left out, in order. */
export function printedLetterhead(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).map((line) => line.trim()).filter((line) => line.length > 0)
}
