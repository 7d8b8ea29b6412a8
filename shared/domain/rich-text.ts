/**
 * Every free text of the minutes (introduction, « Points discutés », each decision, next-step
 * details, notes) as the editor (Tiptap / ProseMirror) stores it: paragraphs, line breaks, bold /
 * italic / underline, bullet and ordered lists, and tables whose cells hold any block (lists
 * included) and may span columns and rows. Never HTML strings.
 *
 * RICH_NODE_TYPES and RICH_MARK_TYPES list everything the editor can produce; every export walks
 * the document through a handler per type, and an unknown type is an error, never dropped.
 */

/** Every node type the editor's schema holds (a test compares it with the schema). */
export const RICH_NODE_TYPES = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const
export type RichNodeType = (typeof RICH_NODE_TYPES)[number]

/** Every mark the editor can put on text. */
export const RICH_MARK_TYPES = ['bold', 'italic', 'underline'] as const
export type RichMarkType = (typeof RICH_MARK_TYPES)[number]

export interface RichMark {
  type: RichMarkType
}

export interface RichText {
  type: 'text'
  text: string
  marks?: RichMark[]
}

/** A line break inside a paragraph (Maj+Entrée). */
export interface RichHardBreak {
  type: 'hardBreak'
  marks?: RichMark[]
}

export type RichInline = RichText | RichHardBreak

export interface RichParagraph {
  type: 'paragraph'
  content?: RichInline[]
}

export interface RichHeading {
  type: 'heading'
  attrs?: { level?: number }
  content?: RichInline[]
}

export interface RichListItem {
  type: 'listItem'
  /** A paragraph first, then any blocks: a nested list, a table, more paragraphs. */
  content?: RichBlock[]
}

export interface RichList {
  type: 'bulletList' | 'orderedList'
  attrs?: { start?: number }
  content?: RichListItem[]
}

export interface RichTableCell {
  type: 'tableCell' | 'tableHeader'
  attrs?: { colspan?: number; rowspan?: number }
  /** Any blocks: paragraphs, lists, even a table. */
  content?: RichBlock[]
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

/** Raised by a walker meeting a node it does not know: exports fail rather than drop text. */
export class UnsupportedRichNode extends Error {
  constructor(readonly nodeType: string) {
    super(`Élément de texte non pris en charge par l’export : ${nodeType}`)
  }
}

/** An empty document. */
export const emptyRichDoc = (): RichDoc => ({ type: 'doc', content: [] })

/** A document of one paragraph per line (an empty text gives an empty document). */
export function plainRichDoc(text: string): RichDoc {
  const lines = text.split('\n')
  if (text.trim() === '') return emptyRichDoc()
  return { type: 'doc', content: lines.map((line) => paragraphOf(line)) }
}

function paragraphOf(text: string): RichParagraph {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }
}

/**
 * A decision typed as plain text, as a document (the editor before rich decisions, the migration,
 * the CLI). Lines starting with « - », « – », « — » followed by a space, or with « • », « ▪ », « ◦ »,
 * make a bullet list; a line indented deeper than the list's first item, or using the other kind of
 * marker under it (« • » then « - »), is a sub-point. Every other line is a paragraph, so a paragraph
 * after sub-points stays one. Blank lines only separate; no other character is dropped (a « -5 % »
 * or a lone « - » stays text).
 */
export function decisionRichDoc(text: string): RichDoc {
  const blocks: RichBlock[] = []
  let top: { list: RichList; kind: string; indent: number; last: RichListItem } | undefined
  let sub: RichList | undefined
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    if (raw.trim() === '') continue
    const marker = /^(\s*)(?:([-–—])\s+|([•▪◦])\s*)(?=\S)/u.exec(raw)
    if (!marker) {
      top = undefined
      sub = undefined
      blocks.push(paragraphOf(raw.trim()))
      continue
    }
    const indent = marker[1]?.length ?? 0
    const kind = marker[2] ? 'dash' : 'dot'
    const item: RichListItem = { type: 'listItem', content: [paragraphOf(raw.slice(marker[0].length).trim())] }
    if (!top) {
      const list: RichList = { type: 'bulletList', content: [item] }
      blocks.push(list)
      top = { list, kind, indent, last: item }
    } else if (kind === top.kind && indent <= top.indent) {
      top.list.content?.push(item)
      top.last = item
      sub = undefined
    } else {
      if (!sub) {
        sub = { type: 'bulletList', content: [] }
        top.last.content?.push(sub)
      }
      sub.content?.push(item)
    }
  }
  return { type: 'doc', content: blocks }
}

/**
 * Plain text of a document for search and tools, never failing: the lines of richToPlainText, or
 * every text run when the document holds something no walker knows.
 */
export function richPlainTextLoose(doc: RichDoc): string {
  try {
    return richToPlainText(doc)
  } catch {
    return richTextRuns(doc).join(' ')
  }
}

/** Plain text of an inline run (line breaks as « \n »), for search and for spreadsheets. */
export function inlineText(content: readonly RichInline[] | undefined): string {
  let out = ''
  for (const node of content ?? []) {
    if (node.type === 'text') out += node.text
    else if (node.type === 'hardBreak') out += '\n'
    else throw new UnsupportedRichNode((node as { type: string }).type)
  }
  return out
}

/** Whether a document has anything to print (text or a table). */
export function richHasContent(doc: RichDoc | undefined): boolean {
  return (doc?.content ?? []).some((b) => b.type !== 'paragraph' || inlineText(b.content).trim() !== '')
}

/** The text of every run, in reading order (what every export must print, in this order). */
export function richTextRuns(doc: RichDoc): string[] {
  const runs: string[] = []
  const walk = (node: { type: string; text?: string; content?: unknown[] }): void => {
    if (node.type === 'text' && typeof node.text === 'string') runs.push(node.text)
    for (const child of (node.content ?? []) as { type: string }[]) walk(child)
  }
  walk(doc as { type: string; content?: unknown[] })
  return runs
}

/** Bullet of a list level, as every export prints it. */
export function bulletLabel(depth: number): string {
  return depth % 2 === 0 ? '•' : '–'
}

/** Label of item `index` (0-based) of a numbered list: « 1. » on the first level, « a) » deeper. */
export function orderedLabel(depth: number, index: number, start = 1): string {
  const n = start + index
  return depth % 2 === 0 ? `${n}.` : `${String.fromCharCode(96 + ((n - 1) % 26) + 1)})`
}

/** A table's cells placed on a grid: row, column and spans, merged cells resolved. */
export interface PlacedCell {
  cell: RichTableCell
  row: number
  col: number
  colSpan: number
  rowSpan: number
}

/** Places the cells of a table like a browser does; returns them with the grid's size. */
export function placeTableCells(table: RichTable): { cells: PlacedCell[]; rows: number; columns: number } {
  const taken = new Set<string>()
  const cells: PlacedCell[] = []
  const rows = table.content ?? []
  let columns = 0
  rows.forEach((row, r) => {
    let col = 0
    for (const cell of row.content ?? []) {
      while (taken.has(`${r},${col}`)) col++
      const colSpan = Math.max(1, Math.floor(cell.attrs?.colspan ?? 1))
      // A rowspan never reaches past the table's last row.
      const rowSpan = Math.max(1, Math.min(Math.floor(cell.attrs?.rowspan ?? 1), rows.length - r))
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr},${col + dc}`)
      cells.push({ cell, row: r, col, colSpan, rowSpan })
      col += colSpan
      columns = Math.max(columns, col)
    }
  })
  return { cells, rows: rows.length, columns }
}

/**
 * Plain text of a document, one line per paragraph, list item or table row: « • » bullets (« – »
 * deeper), « 1. » / « a) » numbers, table cells « a | b | c » with their lists inline.
 */
export function richToPlainText(doc: RichDoc): string {
  const lines: string[] = []
  for (const block of doc.content ?? []) blockLines(block, 0, lines)
  // Editors leave empty paragraphs at the end; they would only make a cell taller.
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop()
  return lines.join('\n')
}

function blockLines(block: RichBlock, depth: number, lines: string[]): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      lines.push(inlineText(block.content))
      return
    case 'bulletList':
    case 'orderedList':
      listLines(block, depth, lines)
      return
    case 'table':
      for (const row of block.content ?? []) {
        const cells = (row.content ?? []).map((cell) => {
          const inner: string[] = []
          for (const b of cell.content ?? []) blockLines(b, 0, inner)
          return inner.filter((l) => l.trim() !== '').join(' ')
        })
        lines.push(cells.join(' | '))
      }
      return
    default:
      throw new UnsupportedRichNode((block as { type: string }).type)
  }
}

function listLines(list: RichList, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth)
  ;(list.content ?? []).forEach((item, index) => {
    const marker = list.type === 'bulletList' ? bulletLabel(depth) : orderedLabel(depth, index, list.attrs?.start)
    let first = true
    for (const child of item.content ?? []) {
      if (child.type === 'paragraph' && first) {
        lines.push(`${indent}${marker} ${inlineText(child.content)}`)
        first = false
      } else if (child.type === 'paragraph' || child.type === 'heading') {
        lines.push(`${indent}${' '.repeat(marker.length)} ${inlineText(child.content)}`)
      } else {
        first = false
        const inner: string[] = []
        blockLines(child, depth + 1, inner)
        for (const l of inner) lines.push(child.type === 'table' ? `${indent}  ${l}` : l)
      }
    }
  })
}
