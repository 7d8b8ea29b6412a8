/**
 * The « Points discutés » as the editor stores them (RichDoc) laid out as PDF blocks:
 * paragraphs with bold / italic / underline, headings, bullet and numbered lists on two levels,
 * and simple tables (header row repeated on each page).
 */
import {
  type RichBlock,
  type RichDoc,
  type RichList,
  type RichListItem,
  type RichTable,
  type RichText,
  inlineText,
} from '../../../shared/domain/rich-text'
import { faceFor } from './fonts'
import {
  ensureSpace,
  heading,
  headingHeight,
  lineHeight,
  measureRuns,
  paragraph,
  space,
  type Ctx,
  type Run,
  type StructElem,
} from './layout'
import { list, listLead, type ListItemSpec } from './list'
import { pagedTable, tableLeadHeight, type CellSpec, type TableSpec } from './table'
import { SIZES, SPACING } from './theme'

/** Inline content as runs, one per mark combination. */
export function runsOf(content: RichText[] | undefined): Run[] {
  return (content ?? []).map((t) => {
    const marks = new Set((t.marks ?? []).map((m) => m.type))
    return { text: t.text, face: faceFor(marks.has('bold'), marks.has('italic')), underline: marks.has('underline') }
  })
}

function isEmptyParagraph(block: RichBlock): boolean {
  return block.type === 'paragraph' && inlineText(block.content).trim() === ''
}

function itemSpec(item: RichListItem): ListItemSpec {
  const runs: Run[] = []
  let children: ListItemSpec[] | undefined
  let childKind: ListItemSpec['childKind']
  for (const part of item.content ?? []) {
    if (part.type === 'paragraph') {
      // Several paragraphs in one item read as lines of that item.
      if (runs.length > 0) runs.push({ text: '\n' })
      runs.push(...runsOf(part.content))
    } else {
      // Deeper levels are flattened into the second: the PDF keeps two levels, as the editor.
      const nested = (part.content ?? []).map(itemSpec).flatMap((c) => [{ runs: c.runs }, ...(c.children ?? [])])
      children = [...(children ?? []), ...nested]
      childKind = part.type === 'orderedList' ? 'number' : 'bullet'
    }
  }
  const spec: ListItemSpec = { runs }
  if (children) spec.children = children
  if (childKind) spec.childKind = childKind
  return spec
}

function richList(ctx: Ctx, parent: StructElem, block: RichList): void {
  const items = (block.content ?? []).map(itemSpec)
  if (items.length === 0) return
  list(ctx, parent, items, { kind: block.type === 'orderedList' ? 'number' : 'bullet' })
  space(ctx, SPACING.paragraph)
}

function tableSpecOf(ctx: Ctx, block: RichTable): TableSpec | undefined {
  const rows = (block.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => ({
      header: cell.type === 'tableHeader',
      text: (cell.content ?? []).map((p) => inlineText(p.content)).join('\n'),
    })),
  )
  const columns = Math.max(0, ...rows.map((r) => r.length))
  if (columns === 0) return undefined
  const widths = Array.from({ length: columns }, (_, k) =>
    k < columns - 1 ? Math.floor(ctx.width / columns) : ctx.width - Math.floor(ctx.width / columns) * (columns - 1),
  )
  const pad = (r: { header: boolean; text: string }[]): CellSpec[] =>
    Array.from({ length: columns }, (_, k) => ({ text: r[k]?.text ?? '' }))
  const [first, ...rest] = rows
  // A first row of header cells is the header, repeated on each page the table spans.
  const hasHeader = first !== undefined && first.length > 0 && first.every((c) => c.header)
  return {
    columns: widths,
    header: hasHeader ? pad(first) : [],
    groups: (hasHeader ? rest : rows).map((r) => [pad(r)]),
  }
}

/** Room a table needs before it starts: its header and first row (then pdfkit never breaks before them). */
function tableNeed(ctx: Ctx, spec: TableSpec): number {
  return 2 + tableLeadHeight(ctx, spec)
}

function richTable(ctx: Ctx, parent: StructElem, block: RichTable): void {
  const spec = tableSpecOf(ctx, block)
  if (!spec) return
  ensureSpace(ctx, tableNeed(ctx, spec))
  space(ctx, 2)
  pagedTable(ctx, parent, spec)
  space(ctx, SPACING.block)
}

/** What a heading just before this document must keep with it: the first block's first part. */
export function leadHeight(ctx: Ctx, docContent: RichDoc): number {
  const first = (docContent.content ?? []).find((b) => !isEmptyParagraph(b))
  const line = lineHeight(ctx, SIZES.body)
  if (!first) return 0
  switch (first.type) {
    case 'paragraph':
      return Math.min(measureRuns(ctx, runsOf(first.content), SIZES.body, ctx.width), 2 * line)
    case 'heading':
      return headingHeight(ctx, 4, inlineText(first.content)) + 2 * line
    case 'bulletList':
    case 'orderedList':
      return listLead(ctx, (first.content ?? []).map(itemSpec), {
        kind: first.type === 'orderedList' ? 'number' : 'bullet',
      })
    case 'table': {
      const spec = tableSpecOf(ctx, first)
      return spec ? tableNeed(ctx, spec) : 0
    }
  }
}

/** Lays out a rich document under `parent`. */
export function richDoc(ctx: Ctx, parent: StructElem, docContent: RichDoc): void {
  for (const block of docContent.content ?? []) {
    if (isEmptyParagraph(block)) continue
    switch (block.type) {
      case 'paragraph':
        paragraph(ctx, parent, runsOf(block.content))
        break
      case 'heading':
        heading(ctx, parent, 4, inlineText(block.content))
        break
      case 'bulletList':
      case 'orderedList':
        richList(ctx, parent, block)
        break
      case 'table':
        richTable(ctx, parent, block)
        break
    }
  }
}

/** True when the document has something to print. */
export function hasContent(docContent: RichDoc): boolean {
  return (docContent.content ?? []).some((b) => !isEmptyParagraph(b))
}
