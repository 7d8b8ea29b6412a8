/**
 * The Word walker of the rich text (shared/domain/rich-text.ts): paragraphs with bold / italic /
 * underline and line breaks, lists at any depth through Word numbering (each numbered list
 * restarts at its own start), and real Word tables whose cells hold any block and span columns
 * and rows. A node it does not know is an error.
 */
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions, type ParagraphChild } from 'docx'
import {
  UnsupportedRichNode,
  placeTableCells,
  type RichBlock,
  type RichDoc,
  type RichInline,
  type RichList,
  type RichTable,
} from '../../../shared/domain/rich-text'
import { BULLETS, NUMBERS, TABLE_STYLE, listDirection } from './styles'
import { paragraphBidi, printedRuns, textRuns, type DocDirection } from './direction'
import { CELL_PAD, PAGE_TEXT_WIDTH, tableGrid, tallRows } from './table-grid'

export type Block = Paragraph | Table

/** Numbered lists each get their own instance, so that every list starts again at 1. */
export interface WalkState {
  nextInstance: number
  /** An Arabic relevé: paragraphs without a strong letter and every table read from the right. */
  rtl: boolean
}

/** The plain text of inline content, to find its direction. */
function inlineText(content: readonly RichInline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('')
}

/** A paragraph of inline content, right to left when its text reads from the right. */
function inlineParagraph(content: readonly RichInline[] | undefined, state: WalkState, options: Omit<IParagraphOptions, 'children'> = {}, extra: { bold?: boolean } = {}): Paragraph {
  return new Paragraph({ ...listDirection({ ...options, ...paragraphBidi(inlineText(content), state) }), children: inlineRuns(content, extra, state) })
}

export function inlineRuns(content: readonly RichInline[] | undefined, extra: { bold?: boolean } = {}, dir: DocDirection = { rtl: false }): ParagraphChild[] {
  const nodes = content ?? []
  const texts = printedRuns(nodes.map((n) => (n.type === 'text' ? n.text : '')), dir)
  return nodes.flatMap((node, i) => {
    if (node.type === 'hardBreak') return [new TextRun({ break: 1 })]
    if (node.type !== 'text') throw new UnsupportedRichNode((node as { type: string }).type)
    const marks = new Set((node.marks ?? []).map((m) => m.type))
    return textRuns(texts[i] ?? node.text, {
      bold: marks.has('bold') || extra.bold === true ? true : undefined,
      italics: marks.has('italic') ? true : undefined,
      underline: marks.has('underline') ? {} : undefined,
    })
  })
}

function list(list: RichList, level: number, state: WalkState, out: Block[], frame: Frame): void {
  const reference = list.type === 'bulletList' ? BULLETS : NUMBERS
  const instance = state.nextInstance++
  for (const item of list.content ?? []) {
    const [first, ...rest] = item.content ?? []
    const numbering = { reference, level: Math.min(level, 4), instance }
    if (first?.type === 'paragraph' || first?.type === 'heading') {
      out.push(inlineParagraph(first.content, state, { numbering, spacing: { after: 40 } }))
    } else {
      out.push(new Paragraph({ children: [], spacing: { after: 40 }, ...listDirection({ numbering, ...paragraphBidi('', state) }) }))
      if (first) rest.unshift(first)
    }
    for (const block of rest) {
      if (block.type === 'paragraph' || block.type === 'heading') {
        out.push(inlineParagraph(block.content, state, { indent: { left: 360 * (level + 1) } }))
      } else {
        blocks([block], level + 1, state, out, frame)
      }
    }
  }
}

/** Where a table goes: the width it may take, and whether that width is only an estimate. */
interface Frame {
  /** Points available to the table. */
  available: number
  /** True inside a cell whose width Word decides (the table then takes 100 % of it). */
  relative: boolean
}

function table(block: RichTable, state: WalkState, frame: Frame): Table | undefined {
  const placed = placeTableCells(block)
  if (placed.columns === 0) return undefined
  const rows = block.content ?? []
  // Leading rows of header cells are Word header rows, repeated on each page.
  let headerRows = 0
  while (headerRows < rows.length && (rows[headerRows]?.content ?? []).every((c) => c.type === 'tableHeader') && (rows[headerRows]?.content ?? []).length > 0) headerRows++
  if (headerRows === rows.length) headerRows = 0
  // Column widths from the content, as in the PDF; a fixed layout keeps them in Word and LibreOffice.
  const grid = tableGrid(block, frame.available, state)
  const total = grid.reduce((a, b) => a + b, 0)
  const tall = tallRows(block, grid, state)
  return new Table({
    style: TABLE_STYLE,
    ...(state.rtl ? { visuallyRightToLeft: true } : {}),
    columnWidths: grid,
    width: frame.relative ? { size: 100, type: WidthType.PERCENTAGE } : { size: total, type: WidthType.DXA },
    layout: frame.relative ? TableLayoutType.AUTOFIT : TableLayoutType.FIXED,
    rows: rows.map((row, r) => {
      const cells = placed.cells.filter((c) => c.row === r)
      return new TableRow({
        tableHeader: r < headerRows,
        // A row stays on one page, unless it is taller than most of a page: Word then breaks it between lines.
        cantSplit: !tall.has(r),
        children: cells.map(({ cell, col, colSpan, rowSpan }) => {
          const width = grid.slice(col, col + colSpan).reduce((a, b) => a + b, 0)
          const children: Block[] = []
          blocks(cell.content ?? [], 0, state, children, { available: width / 20 - CELL_PAD, relative: frame.relative }, cell.type === 'tableHeader')
          // Word wants a cell to hold a paragraph, and to end with one.
          if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(new Paragraph({ ...paragraphBidi('', state) }))
          return new TableCell({
            children,
            width: { size: width, type: WidthType.DXA },
            ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
            ...(rowSpan > 1 ? { rowSpan } : {}),
          })
        }),
      })
    }),
  })
}

function blocks(content: readonly RichBlock[], level: number, state: WalkState, out: Block[], frame: Frame, header = false): void {
  for (const block of content) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        out.push(inlineParagraph(block.content, state, {}, { bold: header }))
        break
      case 'bulletList':
      case 'orderedList':
        list(block, level, state, out, frame)
        break
      case 'table': {
        const t = table(block, state, frame)
        if (t) out.push(t, new Paragraph({ spacing: { after: 60 } }))
        break
      }
      default:
        throw new UnsupportedRichNode((block as { type: string }).type)
    }
  }
}

/**
 * A rich document as Word blocks. Its tables span the page's text width; `inCell` (a next step's
 * details, printed in a cell Word sizes) makes them fill their cell instead.
 */
export function richBlocks(doc: RichDoc, state: WalkState, o: { inCell?: boolean } = {}): Block[] {
  const out: Block[] = []
  const content = [...(doc.content ?? [])]
  // Editors leave empty paragraphs at the end.
  while (content.length > 0) {
    const last = content[content.length - 1]
    if (last?.type === 'paragraph' && (last.content ?? []).length === 0) content.pop()
    else break
  }
  blocks(content, 0, state, out, { available: o.inCell ? PAGE_TEXT_WIDTH / 2 : PAGE_TEXT_WIDTH, relative: o.inCell === true })
  return out
}
