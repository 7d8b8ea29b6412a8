/**
 * Tiny builders of the ProseMirror documents the editor stores (shared/domain/rich-text.ts), so
 * that the example's discussions read as lists rather than as nested JSON.
 */
import type { RichBlock, RichDoc, RichList, RichListItem, RichParagraph } from '../../shared/domain/rich-text'

/** A paragraph of plain text. */
export const paragraph = (text: string): RichParagraph => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/** A list item: its text, then optionally a second-level bullet list. */
export const item = (text: string, subItems?: string[]): RichListItem => ({
  type: 'listItem',
  content: subItems ? [paragraph(text), bullets(...subItems.map((s) => item(s)))] : [paragraph(text)],
})

/** A bullet list of items (strings become simple items). */
export function bullets(...items: (string | RichListItem)[]): RichList {
  return { type: 'bulletList', content: items.map((i) => (typeof i === 'string' ? item(i) : i)) }
}

/** A document of blocks. */
export const doc = (...content: RichBlock[]): RichDoc => ({ type: 'doc', content })
