/**
 * Next steps used to be one plain text: the step on its first line and, on the lines after it,
 * its details (often « - » sub-points). The details now live in a rich document of their own.
 */
import { decisionRichDoc, richHasContent, type RichDoc } from '../domain/rich-text'

/**
 * Splits a plain-text next step into its first line (the step) and its details: every later line,
 * « - », « – », « — » or « • » lines as a bullet list, other lines as paragraphs. Nothing typed is
 * dropped but blank lines; a text of one line comes back as it is, with no details.
 */
export function splitPlainNextStep(text: string): { text: string; details: RichDoc | null } {
  const lines = text.split(/\r\n|\r|\n/u)
  const head = lines.findIndex((l) => l.trim() !== '')
  const rest = head < 0 ? '' : lines.slice(head + 1).join('\n')
  if (head < 0 || rest.trim() === '') return { text, details: null }
  const details = decisionRichDoc(rest)
  return richHasContent(details) ? { text: (lines[head] ?? '').trim(), details } : { text, details: null }
}
