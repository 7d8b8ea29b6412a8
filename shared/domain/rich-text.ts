/**
 * Structured text of the « Points discutés », as the editor (Tiptap / ProseMirror) stores it:
 * paragraphs, bullet and ordered lists (two levels), and simple tables. Never HTML strings.
 */

export interface RichMark {
  type: 'bold' | 'italic' | 'underline'
}

export interface RichText {
  type: 'text'
  text: string
  marks?: RichMark[]
}

export interface RichParagraph {
  type: 'paragraph'
  content?: RichText[]
}

export interface RichHeading {
  type: 'heading'
  attrs?: { level?: number }
  content?: RichText[]
}

export interface RichListItem {
  type: 'listItem'
  /** A paragraph first, then optionally a nested list (second level). */
  content?: (RichParagraph | RichList)[]
}

export interface RichList {
  type: 'bulletList' | 'orderedList'
  content?: RichListItem[]
}

export interface RichTableCell {
  type: 'tableCell' | 'tableHeader'
  content?: RichParagraph[]
}

export interface RichTableRow {
  type: 'tableRow'
  content?: RichTableCell[]
}

export interface RichTable {
  type: 'table'
  content?: RichTableRow[]
}

export type RichBlock = RichParagraph | RichHeading | RichList | RichTable

export interface RichDoc {
  type: 'doc'
  content?: RichBlock[]
}

/** An empty document. */
export const emptyRichDoc = (): RichDoc => ({ type: 'doc', content: [] })

/** Plain text of an inline run, for search and for spreadsheets. */
export function inlineText(content: RichText[] | undefined): string {
  return (content ?? []).map((t) => t.text).join('')
}
