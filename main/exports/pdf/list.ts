/**
 * Bulleted and numbered lists, two levels, tagged L > LI > Lbl + LBody. Labels hang in the
 * margin of the item so that wrapped lines align with the text, as in a word processor.
 */
import { boxX, isRtl } from './bidi/geometry'
import { FACES } from './fonts'
import {
  container,
  ensureSpace,
  lineHeight,
  measureRuns,
  restoreFont,
  space,
  writeRuns,
  writeLabel,
  widthIn,
  type Ctx,
  type Run,
  type StructElem,
} from './layout'
import { COLORS, LIST_INDENT, SIZES, SPACING } from './theme'

export type ListKind = 'bullet' | 'number'

export interface ListItemSpec {
  runs: Run[]
  children?: ListItemSpec[]
  childKind?: ListKind
}

export interface ListOptions {
  kind: ListKind
  /** First number (numbered lists continue across groups, e.g. the « points arrêtés »). */
  start?: number
  size?: number
  /** 0 for a top-level list, 1 for a nested one. */
  level?: number
  /** Offset of the whole list from the left of the frame. */
  indent?: number
  labelColor?: string
  labelBold?: boolean
  /** Largest number of a numbering split into several lists, so that their labels align. */
  widest?: number
}

const BULLETS = ['•', '–'] as const

function labelFor(kind: ListKind, level: number, n: number): string {
  if (kind === 'bullet') return BULLETS[Math.min(level, 1)] ?? '•'
  // Second-level numbering in letters (« a) ») so that it cannot be mistaken for the first.
  return level === 0 ? `${n}.` : `${String.fromCharCode(96 + ((n - 1) % 26) + 1)})`
}

/** Width of the label column: room for the widest number of the list. */
function labelWidth(ctx: Ctx, kind: ListKind, level: number, last: number, size: number): number {
  if (kind === 'bullet') return level === 0 ? 12 : 11
  ctx.doc.font(FACES.bold, size)
  const w = ctx.doc.widthOfString(`${last}.`) + 6
  restoreFont(ctx)
  return Math.max(LIST_INDENT, Math.ceil(w))
}

/** Height of an item's own text (without its sub-list). */
function itemHeight(ctx: Ctx, item: ListItemSpec, size: number, width: number): number {
  return measureRuns(ctx, item.runs, size, width)
}

/** Geometry shared by drawing and by measuring what a heading must keep with. */
function geometry(
  ctx: Ctx,
  count: number,
  o: ListOptions,
): { size: number; level: number; indent: number; lw: number } {
  const size = o.size ?? SIZES.body
  const level = o.level ?? 0
  const indent = o.indent ?? 0
  const lw = labelWidth(ctx, o.kind, level, o.widest ?? (o.start ?? 1) + count - 1, size)
  return { size, level, indent, lw }
}

/** Room an item needs at the bottom of a page: all of a short item, two lines of a long one. */
function itemNeed(ctx: Ctx, item: ListItemSpec, size: number, bodyWidth: number): number {
  const line = lineHeight(ctx, size)
  const h = itemHeight(ctx, item, size, bodyWidth)
  // An item introducing a sub-list (« Collecte des propositions : ») must not stay alone either.
  const firstChild = item.children?.[0]
  const childHint = firstChild ? SPACING.listItem + itemNeed(ctx, firstChild, size, bodyWidth - LIST_INDENT) : 0
  return (h <= 4 * line ? h : 2 * line) + childHint
}

/** What a heading placed just before this list must keep with it: the list's first item. */
export function listLead(ctx: Ctx, items: readonly ListItemSpec[], o: ListOptions): number {
  const first = items[0]
  if (!first) return 0
  const g = geometry(ctx, items.length, o)
  return itemNeed(ctx, first, g.size, ctx.width - g.indent - g.lw)
}

/** Draws a list; returns the number after the last item (to continue a numbering). */
export function list(ctx: Ctx, parent: StructElem, items: readonly ListItemSpec[], o: ListOptions): number {
  const { size, level, indent, lw } = geometry(ctx, items.length, o)
  const start = o.start ?? 1
  const bodyWidth = ctx.width - indent - lw
  const bodyX = boxX(ctx, ctx.left + indent + lw, bodyWidth)
  const L = container(parent, ctx, 'L')
  let n = start
  items.forEach((item, index) => {
    ensureSpace(ctx, itemNeed(ctx, item, size, bodyWidth))
    const LI = container(L, ctx, 'LI')
    const y = ctx.doc.y
    const label = labelFor(o.kind, level, n)
    const labelFace = o.labelBold ? 'bold' : 'regular'
    const lbl = ctx.doc.struct('Lbl', {}, [
      () =>
        writeLabel(ctx, label, {
          // Right to left, the label stands at the item's right edge.
          x: isRtl(ctx) ? ctx.left + ctx.width - indent - widthIn(ctx, label, labelFace, size) : ctx.left + indent,
          y,
          face: labelFace,
          size,
          color: o.labelColor ?? COLORS.text,
        }),
    ])
    LI.add(lbl)
    const body = container(LI, ctx, 'LBody')
    body.add(() => writeRuns(ctx, item.runs, { x: bodyX, y, width: bodyWidth, size }))
    if (item.children && item.children.length > 0) {
      space(ctx, SPACING.listItem)
      list(ctx, body, item.children, {
        kind: item.childKind ?? 'bullet',
        size,
        level: level + 1,
        indent: indent + lw,
      })
    }
    body.end()
    LI.end()
    n++
    if (index < items.length - 1) space(ctx, SPACING.listItem)
  })
  L.end()
  return n
}
