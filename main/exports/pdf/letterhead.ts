/**
 * Page 1's letterhead as a Moroccan administration prints it: at the top left, a block of centred
 * lines under the logo — « Royaume du Maroc » in bold, then the ministry and the department — in
 * black at reading sizes, closed by a short centred rule; the committee's name on the right, level
 * with the block's last line; a full-width rule under both. An Arabic relevé mirrors it: the block
 * at the top right, the committee's name on the left.
 */
import { type ReleveDocument } from '../../../shared/domain/releve'
import { printedLetterhead } from '../../../shared/domain/letterhead'
import { pdfLabels } from '../common/labels'
import { boxX, isRtl, lineX } from './bidi/geometry'
import { FACES } from './fonts'
import { artifact, languageOf, measure, restoreFont, tag, writeRuns, type Ctx, type StructElem } from './layout'
import { drawLogo } from './logo-image'
import { fill, typo } from './strings'
import { COLORS, SIZES } from './theme'

/** Narrowest block of lines, in points: about half the text width, as on official letters. */
const BLOCK = 240
/** The logo's box, in points (its picture is prepared for it at 300 dpi: ../common/print-logo.ts). */
const LOGO = 56
const GAP = 20
const FIRST_SIZE = 11.5
const LINE_SIZE = 10
const BLACK = '#000000'

/** Draws the letterhead from `top`; returns the y under its closing rule. Only called when there are lines to print. */
export function letterheadBlock(ctx: Ctx, parent: StructElem, r: ReleveDocument, top: number, logo: Uint8Array | undefined): number {
  const doc = ctx.doc
  const lines = printedLetterhead(r.letterhead)
  // As wide as the longest line needs, within bounds: a long ministry name wraps only past 62 % of the text width.
  const natural = Math.max(
    ...lines.map((line, i) => {
      doc.font(FACES[i === 0 ? 'bold' : 'regular'], i === 0 ? FIRST_SIZE : LINE_SIZE)
      return doc.widthOfString(typo(line, languageOf(ctx))) + 6
    }),
  )
  restoreFont(ctx)
  const block = Math.min(Math.max(BLOCK, natural), ctx.width * 0.62)
  let y = top
  if (logo) {
    const x = boxX(ctx, ctx.left + (block - LOGO) / 2, LOGO)
    tag(parent, ctx, 'Figure', () => drawLogo(doc, logo, x, y, { fit: [LOGO, LOGO], align: 'center', valign: 'center' }), {
      alt: fill(pdfLabels(r).metadata.logoAlt, { committee: r.committee.name }),
      bbox: [x, y, x + LOGO, y + LOGO],
    })
    y += LOGO + 6
  }
  let lastTop = y
  lines.forEach((line, i) => {
    const first = i === 0
    const size = first ? FIRST_SIZE : LINE_SIZE
    const face = first ? 'bold' : 'regular'
    lastTop = y
    tag(parent, ctx, 'P', () => writeRuns(ctx, [{ text: line, face }], { x: boxX(ctx, ctx.left, block), y, width: block, size, color: BLACK, align: 'center' }))
    y += measure(ctx, line, face, size, block) + (first ? 2 : 1)
  })
  // The short rule that closes an administration's letterhead.
  const ruleY = y + 7
  artifact(ctx, () => {
    doc
      .moveTo(lineX(ctx, ctx.left + block / 2 - 22), ruleY)
      .lineTo(lineX(ctx, ctx.left + block / 2 + 22), ruleY)
      .lineWidth(0.8)
      .strokeColor(BLACK)
      .stroke()
  })
  let bottom = ruleY + 4

  // The committee on the right (on the left, right to left), its last line level with the block's last line.
  let nameX = ctx.left + block + GAP
  let nameWidth = ctx.left + ctx.width - nameX
  const nameHeight = measure(ctx, r.committee.name, 'bold', SIZES.masthead + 1, nameWidth)
  if (isRtl(ctx)) {
    // Against the left margin: a right-to-left line aligns on its start, so its box is made as wide as the name.
    doc.font(FACES.bold, SIZES.masthead + 1)
    const natural = doc.widthOfString(typo(r.committee.name, languageOf(ctx))) + 1
    restoreFont(ctx)
    nameX = ctx.left
    nameWidth = Math.min(nameWidth, natural)
  }
  const nameTop = Math.max(top, lastTop + measure(ctx, 'X', 'regular', LINE_SIZE, block) - nameHeight)
  tag(parent, ctx, 'P', () =>
    writeRuns(ctx, [{ text: r.committee.name, face: 'bold' }], {
      x: nameX,
      y: nameTop,
      width: nameWidth,
      size: SIZES.masthead + 1,
      color: COLORS.accent,
      align: 'right',
    }),
  )
  bottom = Math.max(bottom, nameTop + nameHeight)
  return bottom
}
