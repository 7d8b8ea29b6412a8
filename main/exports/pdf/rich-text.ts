/**
 * The PDF walker of the rich text (shared/domain/rich-text.ts): paragraphs with bold / italic /
 * underline and line breaks, headings, bullet and numbered lists at any depth (an item may hold
 * a table or more paragraphs), and tables (rich-table.ts). A node it does not know is an error.
 */
import { isRtl } from './bidi/geometry'
import {
  UnsupportedRichNode,
  bulletLabel,
  inlineText,
  orderedLabel,
  richHasContent,
  type RichBlock,
  type RichDoc,
  type RichList,
} from '../../../shared/domain/rich-text'
import { FACES } from './fonts'
import {
  container,
  ensureSpace,
  heading,
  headingHeight,
  indented,
  lineHeight,
  measureRuns,
  paragraph,
  restoreFont,
  space,
  writeRuns,
  writeLabel,
  widthIn,
  type Ctx,
  type StructElem,
} from './layout'
import { runsOf } from './rich-runs'
import { richTable, richTableLead } from './rich-table'
import { COLORS, SIZES, SPACING } from './theme'

export { runsOf } from './rich-runs'

// Below this width a deeper level stops indenting: text never gets squeezed into a sliver.
const MIN_BODY_WIDTH = 160

function isEmptyParagraph(block: RichBlock): boolean {
  return block.type === 'paragraph' && inlineText(block.content).trim() === ''
}

function labelWidth(ctx: Ctx, list: RichList, depth: number, size: number): number {
  if (list.type === 'bulletList') return depth === 0 ? 12 : 11
  const count = list.content?.length ?? 0
  ctx.doc.font(FACES.bold, size)
  const w = ctx.doc.widthOfString(orderedLabel(depth, count - 1, list.attrs?.start)) + 6
  restoreFont(ctx)
  return Math.max(17, Math.ceil(w))
}

function richList(ctx: Ctx, parent: StructElem, list: RichList, depth: number, size: number): void {
  const items = list.content ?? []
  if (items.length === 0) return
  const lw = labelWidth(ctx, list, depth, size)
  const L = container(parent, ctx, 'L')
  items.forEach((item, index) => {
    const [first, ...rest] = item.content ?? []
    const lead = first?.type === 'paragraph' ? runsOf(first.content) : []
    const more = first?.type === 'paragraph' ? rest : (item.content ?? [])
    const line = lineHeight(ctx, size)
    const h = lead.length > 0 ? measureRuns(ctx, lead, size, ctx.width - lw) : line
    ensureSpace(ctx, Math.min(h, 2 * line))
    const LI = container(L, ctx, 'LI')
    const y = ctx.doc.y
    const label = list.type === 'bulletList' ? bulletLabel(depth) : orderedLabel(depth, index, list.attrs?.start)
    LI.add(
      ctx.doc.struct('Lbl', {}, [
        () => {
          const face = list.type === 'orderedList' ? 'bold' : 'regular'
          // Right to left, the label stands at the item's right edge.
          const x = isRtl(ctx) ? ctx.left + ctx.width - widthIn(ctx, label, face, size) : ctx.left
          writeLabel(ctx, label, { x, y, face, size, color: list.type === 'orderedList' ? COLORS.accent : COLORS.text })
        },
      ]),
    )
    const body = container(LI, ctx, 'LBody')
    const dx = ctx.width - lw >= MIN_BODY_WIDTH ? lw : 0
    indented(ctx, dx, () => {
      if (lead.some((r) => r.text !== '')) {
        body.add(() => writeRuns(ctx, lead, { x: ctx.left, y: dx === 0 ? y + line : y, width: ctx.width, size }))
      } else {
        ctx.doc.y = y + line
      }
      for (const block of more) {
        space(ctx, SPACING.listItem)
        blocks(ctx, body, [block], depth + 1, false)
      }
    })
    body.end()
    LI.end()
    if (index < items.length - 1) space(ctx, SPACING.listItem)
  })
  L.end()
}

/** A short paragraph that introduces a table (« Le déroulé commun : ») stays on the table's page. */
function keepWithTable(ctx: Ctx, block: RichBlock, next: RichBlock | undefined): void {
  if (block.type !== 'paragraph' || next?.type !== 'table') return
  const height = measureRuns(ctx, runsOf(block.content), SIZES.body, ctx.width)
  if (height > 3 * lineHeight(ctx, SIZES.body)) return
  ensureSpace(ctx, height + SPACING.paragraph + 2 + richTableLead(ctx, next))
}

function blocks(ctx: Ctx, parent: StructElem, content: readonly RichBlock[], depth: number, top: boolean): void {
  content.forEach((block, index) => {
    if (top && isEmptyParagraph(block)) return
    switch (block.type) {
      case 'paragraph':
        keepWithTable(ctx, block, content[index + 1])
        paragraph(ctx, parent, runsOf(block.content), { gapAfter: top ? SPACING.paragraph : 0 })
        break
      case 'heading':
        heading(ctx, parent, 4, inlineText(block.content))
        break
      case 'bulletList':
      case 'orderedList':
        richList(ctx, parent, block, depth, SIZES.body)
        if (top) space(ctx, SPACING.paragraph)
        break
      case 'table':
        ensureSpace(ctx, richTableLead(ctx, block))
        space(ctx, 2)
        richTable(ctx, parent, block)
        space(ctx, top ? SPACING.block : SPACING.listItem)
        break
      default:
        throw new UnsupportedRichNode((block as { type: string }).type)
    }
  })
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
      return 2 * line
    case 'table':
      return richTableLead(ctx, first)
    default:
      throw new UnsupportedRichNode((first as { type: string }).type)
  }
}

/** Lays out a rich document under `parent`. */
export function richDoc(ctx: Ctx, parent: StructElem, docContent: RichDoc): void {
  blocks(ctx, parent, docContent.content ?? [], 0, true)
}

/** True when the document has something to print. */
export function hasContent(docContent: RichDoc): boolean {
  return richHasContent(docContent)
}
