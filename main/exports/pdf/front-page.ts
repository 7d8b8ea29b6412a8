/**
 * Top of page 1: the letterhead (logo, the lines of Paramètres, the committee's name), the title « Relevé de conclusions »,
 * the meeting's title, and a box with the date(s), the place and the reference. An Arabic relevé
 * mirrors it: logo and letterhead on the right, the box's labels on the right, its values to their left.
 */
import { type ReleveDocument } from '../../../shared/domain/releve'
import { printedLetterhead } from '../../../shared/domain/letterhead'
import { pdfLabels } from '../common/labels'
import { datesTextOf as datesText, placeTextOf as placeText } from '../common/releve-text'
import { boxX, isRtl } from './bidi/geometry'
import { letterheadBlock } from './letterhead'
import { drawLogo } from './logo-image'
import { artifact, languageOf, measure, space, tag, use, widthIn, writeLabel, writeRuns, type Ctx, type StructElem } from './layout'
import { fill, labelText } from './strings'
import { COLORS, SIZES } from './theme'

/** The place line and the dates as page 1 prints them: the phrases every format shares (common/releve-text.ts). */
export { placeTextOf as placeText, datesTextOf as datesText } from '../common/releve-text'

function distinctDates(r: Pick<ReleveDocument, 'dates'>): number {
  return new Set(r.dates.map((d) => d.date.trim())).size
}

function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
  return png || jpeg
}

const LOGO = 52
const MASTHEAD_TOP = 44

function masthead(ctx: Ctx, parent: StructElem, r: ReleveDocument): void {
  const doc = ctx.doc
  if (r.logo && r.logo.length > 0 && !isPngOrJpeg(r.logo)) throw new Error('Le logo doit être une image PNG ou JPEG.')
  if (printedLetterhead(r.letterhead).length > 0) {
    doc.y = letterheadBlock(ctx, parent, r, MASTHEAD_TOP - 8, r.logo && r.logo.length > 0 ? r.logo : undefined) + 8
    closeMasthead(ctx)
    return
  }
  let x = ctx.left
  let bottom = MASTHEAD_TOP
  if (r.logo && r.logo.length > 0) {
    const logo = r.logo
    tag(
      parent,
      ctx,
      'Figure',
      () => {
        drawLogo(doc, logo, boxX(ctx, ctx.left, LOGO), MASTHEAD_TOP, { fit: [LOGO, LOGO] })
      },
      {
        alt: fill(pdfLabels(r).metadata.logoAlt, { committee: r.committee.name }),
        bbox: [boxX(ctx, ctx.left, LOGO), MASTHEAD_TOP, boxX(ctx, ctx.left, LOGO) + LOGO, MASTHEAD_TOP + LOGO],
      },
    )
    x += LOGO + 12
    bottom = MASTHEAD_TOP + LOGO
  }
  const width = ctx.left + ctx.width - x
  doc.y = MASTHEAD_TOP + (r.logo && r.logo.length > 0 ? 6 : 0)
  tag(parent, ctx, 'P', () =>
    writeRuns(ctx, [{ text: r.committee.name, face: 'bold' }], {
      x: boxX(ctx, x, width),
      y: doc.y,
      width,
      size: SIZES.masthead + 2,
      color: COLORS.accent,
    }),
  )
  doc.y = Math.max(doc.y, bottom) + 10
  closeMasthead(ctx)
}

/** The full-width rule under the masthead, then room before the title. */
function closeMasthead(ctx: Ctx): void {
  const doc = ctx.doc
  const y = doc.y
  artifact(ctx, () => {
    doc
      .moveTo(ctx.left, y)
      .lineTo(ctx.left + ctx.width, y)
      .lineWidth(1.2)
      .strokeColor(COLORS.ruleStrong)
      .stroke()
  })
  doc.y = y + 26
}

function titleBlock(ctx: Ctx, parent: StructElem, r: ReleveDocument): void {
  const doc = ctx.doc
  tag(parent, ctx, 'H1', () =>
    writeRuns(ctx, [{ text: pdfLabels(r).title, face: 'bold' }], {
      x: ctx.left,
      y: doc.y,
      width: ctx.width,
      size: SIZES.title,
      color: COLORS.accent,
      align: 'center',
    }),
  )
  space(ctx, 4)
  if (r.title.trim()) {
    const title = r.title.trim()
    tag(parent, ctx, 'P', () =>
      writeRuns(ctx, [{ text: title }], {
        x: ctx.left,
        y: doc.y,
        width: ctx.width,
        size: SIZES.subtitle,
        color: COLORS.text,
        align: 'center',
      }),
    )
  }
  space(ctx, 18)
}

const LABEL_WIDTH = 128
const BOX_PAD = 10

function infoBox(ctx: Ctx, parent: StructElem, r: ReleveDocument): void {
  const doc = ctx.doc
  const T = pdfLabels(r)
  const rows: [string, string][] = [
    [distinctDates(r) > 1 ? T.dateLabel.many : T.dateLabel.one, datesText(r)],
    [T.placeLabel, placeText(r)],
    [T.referenceLabel, r.reference],
  ]
  const valueX = ctx.left + BOX_PAD + LABEL_WIDTH
  const valueWidth = ctx.width - 2 * BOX_PAD - LABEL_WIDTH
  const gap = 5
  const heights = rows.map(([, v]) => measure(ctx, v, 'regular', SIZES.body + 0.5, valueWidth))
  const boxHeight = heights.reduce((a, b) => a + b, 0) + gap * (rows.length - 1) + 2 * BOX_PAD
  const top = doc.y
  artifact(ctx, () => {
    // Translucent, so that the « PROJET » watermark shows through as it does everywhere else.
    doc.fillColor(COLORS.accent, 0.05).rect(ctx.left, top, ctx.width, boxHeight).fill()
    doc.fillColor(COLORS.accent, 1).rect(boxX(ctx, ctx.left, 3), top, 3, boxHeight).fill()
  })
  let y = top + BOX_PAD
  rows.forEach(([label, value], k) => {
    const rowY = y
    tag(parent, ctx, 'P', () => {
      // Baselines aligned: the smaller label sits 1.5 pt lower than the value's top.
      // The trailing space keeps label and value apart for screen readers and copy-paste.
      const text = `${labelText(label, languageOf(ctx))} `
      // Right to left, the label ends at the box's right edge and the value runs to its left.
      const labelX = isRtl(ctx) ? ctx.left + ctx.width - BOX_PAD - 4 - widthIn(ctx, text, 'bold', SIZES.small) : ctx.left + BOX_PAD + 4
      writeLabel(ctx, text, { x: labelX, y: rowY + 1.5, face: 'bold', size: SIZES.small, color: COLORS.muted })
      writeRuns(ctx, [{ text: value }], { x: boxX(ctx, valueX, valueWidth), y: rowY, width: valueWidth, size: SIZES.body + 0.5 })
    })
    y += (heights[k] ?? 0) + gap
  })
  doc.y = top + boxHeight
  doc.x = ctx.left
  use(ctx, 'regular', SIZES.body, COLORS.text)
  space(ctx, 6)
}

/** Page 1's head, in its own section of the structure tree. */
export function frontPage(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  const sect = ctx.doc.struct('Sect')
  root.add(sect)
  masthead(ctx, sect, r)
  titleBlock(ctx, sect, r)
  infoBox(ctx, sect, r)
  sect.end()
}
