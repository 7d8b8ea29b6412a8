/**
 * The page frame and the flow of blocks: fonts by name, spacing, page breaks that never leave a
 * heading alone at the bottom of a page, and the tagging of every block in the structure tree.
 *
 * Rules of the flow: content is drawn inside structure closures (`tag`); page breaks decided by
 * us happen between blocks, through `continueOnNewPage` so that an open marked-content sequence
 * is closed and reopened properly; decorations (rules, boxes) are artifacts.
 */
import { alignFor, boxX, isRtl, startAlign } from './bidi/geometry'
import type { Direction } from './bidi/order'
import { FACES, type Face } from './fonts'
import { keepShape } from './keep-shapes'
import { typo, typoRuns } from './strings'
import type { Language } from '../../../shared/i18n/languages'
import { shortColors } from './text/color'
import { drawLine, drawParagraph, paragraphHeight, type TextRun } from './text/paragraph'
import { COLORS, LINE_GAP, MARGINS, PAGE, SIZES, SPACING } from './theme'

export type Doc = PDFKit.PDFDocument
export type StructElem = PDFKit.PDFStructureElement

/** A run of text in one face (a bold word inside a sentence). */
export interface Run {
  text: string
  face?: Face
  underline?: boolean
}

export interface Ctx {
  doc: Doc
  /** Content box of the current block (narrower inside a list item: see `indented`). */
  left: number
  width: number
  /** Content box of every page (running header, footer). */
  frame: { left: number; width: number }
  /** The current font and colour, restored after a running header is drawn on a new page. */
  face: Face
  size: number
  color: string
  /** 'rtl' for a relevé in Arabic: paragraphs, list markers, table columns start on the right. */
  direction: Direction
}

/** The relevé's language, for French typography (strings.ts): Arabic when laid out right to left. */
export function languageOf(ctx: Pick<Ctx, 'direction'>): Language {
  return ctx.direction === 'rtl' ? 'ar' : 'fr'
}

export function createCtx(doc: Doc): Ctx {
  shortColors(doc)
  const width = PAGE.width - MARGINS.left - MARGINS.right
  // RelevePdfDocument carries the document's direction (set from the relevé's language).
  const direction = (doc as { direction?: Direction }).direction === 'rtl' ? 'rtl' : 'ltr'
  return {
    doc,
    direction,
    left: MARGINS.left,
    width,
    frame: { left: MARGINS.left, width },
    face: 'regular',
    size: SIZES.body,
    color: COLORS.text,
  }
}

/** Lays out `draw` in a box `dx` points narrower on the start side (the body of a list item). */
export function indented(ctx: Ctx, dx: number, draw: () => void): void {
  // Right to left, the box keeps its left edge and loses its right part.
  const shift = isRtl(ctx) ? 0 : dx
  ctx.left += shift
  ctx.width -= dx
  try {
    draw()
  } finally {
    ctx.left -= shift
    ctx.width += dx
    ctx.doc.x = ctx.left
  }
}

/** Switches font (by registered name: no re-parse) and size, and remembers them. */
export function use(ctx: Ctx, face: Face, size: number, color?: string): void {
  ctx.face = face
  ctx.size = size
  ctx.doc.font(FACES[face], size)
  if (color !== undefined) {
    ctx.color = color
    ctx.doc.fillColor(color)
  }
}

/** Puts back the font recorded in the context (after measuring or drawing on the side). */
export function restoreFont(ctx: Ctx): void {
  ctx.doc.font(FACES[ctx.face], ctx.size)
}

/**
 * Puts back font and colour after decoration. pdfkit re-applies the document's current fill
 * colour when text flows onto a new page, so it must be the text's, not the decoration's.
 */
export function restoreStyle(ctx: Ctx): void {
  ctx.doc.font(FACES[ctx.face], ctx.size)
  ctx.doc.fillColor(ctx.color)
}

const lineHeights = new Map<string, number>()

/** Height of a line of text at this size (Noto Sans is tall: ≈ 1.36 em, plus the gap). */
export function lineHeight(ctx: Ctx, size: number, face: Face = 'regular'): number {
  const key = `${face}|${size}`
  const known = lineHeights.get(key)
  if (known !== undefined) return known
  ctx.doc.font(FACES[face], size)
  const h = ctx.doc.currentLineHeight(true) + LINE_GAP
  restoreFont(ctx)
  lineHeights.set(key, h)
  return h
}

// Heights depend only on the text, the face, the size and the width (the fonts never change
// within a process): measured once, reused by every later document and every re-measure.
// Keyed by text first: the same string objects come back (typography is memoised), and V8
// caches their hash, so no long key is built per lookup; then the few measures of that text
// (usually one), compared field by field rather than through a key string formatted per call.
interface Height {
  face: Face
  size: number
  width: number
  lineGap: number
  height: number
}
const heights = new Map<string, Height[]>()
const MAX_TEXTS = 10000

/** Height the text takes at this width, in this face and size. */
export function measure(ctx: Ctx, text: string, face: Face, size: number, width: number, lineGap = LINE_GAP): number {
  if (!text) return 0
  // Measured as drawn: the no-break spaces of French typography change where lines wrap.
  const fixed = typo(text, languageOf(ctx))
  let known = heights.get(fixed)
  if (known !== undefined) {
    for (const m of known) {
      if (m.width === width && m.size === size && m.face === face && m.lineGap === lineGap) return m.height
    }
  }
  const height = paragraphHeight(ctx.doc, [{ text: fixed, font: FACES[face], size }], width, lineGap)
  if (known === undefined) {
    if (heights.size >= MAX_TEXTS) heights.clear()
    known = []
    heights.set(fixed, known)
  }
  known.push({ face, size, width, lineGap, height })
  return height
}

export function maxY(ctx: Ctx): number {
  return ctx.doc.page.maxY()
}

export function atPageTop(ctx: Ctx): boolean {
  return ctx.doc.y <= ctx.doc.page.margins.top + 0.5
}

/** Starts a new page unless `height` points fit below the current position. */
export function ensureSpace(ctx: Ctx, height: number): boolean {
  if (ctx.doc.y + height <= maxY(ctx) || atPageTop(ctx)) return false
  ctx.doc.continueOnNewPage()
  ctx.doc.x = ctx.left
  return true
}

/** Vertical space between blocks; none at the top of a page, where it would only shift the text. */
export function space(ctx: Ctx, points: number): void {
  if (atPageTop(ctx)) return
  ctx.doc.y = Math.min(ctx.doc.y + points, maxY(ctx))
}

/** Adds a structure element whose content is what `draw` puts on the page. */
export function tag(
  parent: StructElem,
  ctx: Ctx,
  type: string,
  draw: () => void,
  options: PDFKit.Mixins.StructureElementOptions = {},
): void {
  parent.add(keepShape('structElement', ctx.doc.struct(type, options, [draw])))
}

/** Adds an empty structure element (Sect, L, LI, Table…) to fill and then `end()`. */
export function container(parent: StructElem, ctx: Ctx, type: string): StructElem {
  const el = keepShape('structElement', ctx.doc.struct(type))
  parent.add(el)
  return el
}

/** Draws decoration that is not content (rules, boxes): an artifact for assistive technology. */
export function artifact(ctx: Ctx, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  const { x, y } = ctx.doc
  ctx.doc.markContent('Artifact', { type })
  ctx.doc.save()
  draw()
  ctx.doc.restore()
  ctx.doc.endMarkedContent()
  ctx.doc.x = x
  ctx.doc.y = y
  restoreStyle(ctx)
}

/** A horizontal rule across the frame at the current position. */
export function rule(ctx: Ctx, color: string = COLORS.rule, weight = 0.6): void {
  const y = ctx.doc.y
  artifact(ctx, () => {
    ctx.doc
      .moveTo(ctx.left, y)
      .lineTo(ctx.left + ctx.width, y)
      .lineWidth(weight)
      .strokeColor(color)
      .stroke()
  })
}

export interface RunsOptions {
  x: number
  y?: number
  width: number
  size: number
  color?: string
  align?: 'left' | 'center' | 'right'
}

/** The runs as the text engine takes them: French typography applied across the runs, one size. */
export function textRuns(runs: readonly Run[], size: number, language: Language = 'fr'): TextRun[] {
  const texts = typoRuns(runs.map((r) => r.text), language)
  const out: TextRun[] = []
  runs.forEach((r, i) => {
    const text = texts[i] ?? ''
    if (text === '') return
    const run: TextRun = { text, font: FACES[r.face ?? 'regular'], size }
    if (r.underline === true) run.underline = true
    out.push(run)
  })
  return out
}

/** Writes styled runs as one paragraph (text/paragraph.ts), French typography applied across the runs. */
export function writeRuns(ctx: Ctx, runs: readonly Run[], o: RunsOptions): void {
  const parts = textRuns(runs, o.size, languageOf(ctx))
  if (parts.length === 0) return
  ctx.color = o.color ?? COLORS.text
  drawParagraph(ctx.doc, parts, {
    x: o.x,
    y: o.y ?? ctx.doc.y,
    width: o.width,
    lineGap: LINE_GAP,
    align: o.align ?? startAlign(ctx),
    color: ctx.color,
  })
  ctx.doc.x = ctx.left
}

/** Width of a one-line text (a label) in this face and size. */
export function widthIn(ctx: Ctx, text: string, face: Face, size: number): number {
  ctx.doc.font(FACES[face], size)
  const width = ctx.doc.widthOfString(text)
  restoreFont(ctx)
  return width
}

/** Writes a one-line label (« 1. », « • ») whose top is at `y`, without moving the cursor. */
export function writeLabel(ctx: Ctx, text: string, o: { x: number; y: number; face: Face; size: number; color: string }): void {
  drawLine(ctx.doc, [{ text, font: FACES[o.face], size: o.size }], o.x, o.y, o.color)
}

/** Plain text of runs, for measuring. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('')
}

/** Height of runs as writeRuns draws them. */
export function measureRuns(ctx: Ctx, runs: readonly Run[], size: number, width: number): number {
  if (runs.length === 1) return measure(ctx, runs[0]?.text ?? '', runs[0]?.face ?? 'regular', size, width)
  return paragraphHeight(ctx.doc, textRuns(runs, size, languageOf(ctx)), width, LINE_GAP)
}

/** An alignment given for a left-to-right layout, as it reads in this document (geometry.ts). */
export function alignIn(ctx: Ctx, align: 'left' | 'center' | 'right'): 'left' | 'center' | 'right' {
  const a = alignFor(ctx, align)
  return a === 'justify' ? 'left' : a
}

/** A paragraph of running text; never starts with a single line at the bottom of a page. */
export function paragraph(
  ctx: Ctx,
  parent: StructElem,
  runs: readonly Run[],
  o: { size?: number; color?: string; indent?: number; gapAfter?: number; align?: RunsOptions['align'] } = {},
): void {
  const size = o.size ?? SIZES.body
  const indent = o.indent ?? 0
  const width = ctx.width - indent
  const height = measureRuns(ctx, runs, size, width)
  const twoLines = 2 * lineHeight(ctx, size)
  ensureSpace(ctx, Math.min(height, twoLines))
  tag(parent, ctx, 'P', () =>
    writeRuns(ctx, runs, {
      x: boxX(ctx, ctx.left + indent, width),
      width,
      size,
      color: o.color ?? COLORS.text,
      align: o.align ? alignIn(ctx, o.align) : startAlign(ctx),
    }),
  )
  space(ctx, o.gapAfter ?? SPACING.paragraph)
}

export type HeadingLevel = 2 | 3 | 4

const HEADING = {
  2: { size: SIZES.h2, before: SPACING.h2Before, after: SPACING.h2After, color: COLORS.accent },
  3: { size: SIZES.h3, before: SPACING.h3Before, after: SPACING.h3After, color: COLORS.accent },
  4: { size: SIZES.h4, before: SPACING.h3Before - 4, after: SPACING.h3After - 2, color: COLORS.text },
} as const

const LABEL_WIDTH = 20

/** Vertical room a heading takes, spacing included (for the heading before it to keep with it). */
export function headingHeight(ctx: Ctx, level: HeadingLevel, text: string, labelled = false): number {
  const style = HEADING[level]
  const textWidth = ctx.width - (labelled ? LABEL_WIDTH : 0)
  return style.before + measure(ctx, text, 'bold', style.size, textWidth) + style.after + (level === 2 ? 4 : 0)
}

/**
 * A heading kept with what follows it: `keepWith` is the height of the next block's first part
 * (two lines, a list item, a table's header and first row). Level 2 gets a rule underneath.
 * With `label` (« 1. »), the text hangs after the label.
 */
export function heading(
  ctx: Ctx,
  parent: StructElem,
  level: HeadingLevel,
  text: string,
  o: { keepWith?: number; label?: string } = {},
): void {
  const style = HEADING[level]
  const labelWidth = o.label ? LABEL_WIDTH : 0
  const textWidth = ctx.width - labelWidth
  const height = headingHeight(ctx, level, text, Boolean(o.label)) - style.before
  space(ctx, style.before)
  const keepWith = o.keepWith ?? 2 * lineHeight(ctx, SIZES.body)
  if (ensureSpace(ctx, height + keepWith)) ctx.doc.y = ctx.doc.page.margins.top
  const y = ctx.doc.y
  tag(parent, ctx, `H${level}`, () => {
    use(ctx, 'bold', style.size, style.color)
    if (o.label) {
      // The trailing space is invisible but keeps « 1. » and the title apart when text is extracted.
      // Right to left, « 1. » stands at the right edge, before the title.
      const labelX = isRtl(ctx) ? ctx.left + ctx.width - ctx.doc.widthOfString(o.label) : ctx.left
      writeLabel(ctx, `${o.label} `, { x: labelX, y, face: 'bold', size: style.size, color: style.color })
    }
    writeRuns(ctx, [{ text, face: 'bold' }], {
      x: boxX(ctx, ctx.left + labelWidth, textWidth),
      y,
      width: textWidth,
      size: style.size,
      color: style.color,
    })
    use(ctx, 'regular', SIZES.body, COLORS.text)
  })
  if (level === 2) {
    ctx.doc.y += 2
    rule(ctx)
    ctx.doc.y += 2
  }
  ctx.doc.y += style.after
}
