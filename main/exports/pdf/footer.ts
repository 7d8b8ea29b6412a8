/**
 * What every page carries besides content, all marked as pagination artifacts so that screen
 * readers skip them: the « PROJET » watermark (drawn first, hence behind the text), the running
 * header from page 2, and the footer « reference · date · Page x / y », written once the page
 * count is known (the document buffers its pages).
 */
import { type ReleveDocument } from '../../../shared/domain/releve'
import { pdfLabels, releveLanguage } from '../common/labels'
import { footerDateOf as footerDate } from '../common/releve-text'
import { FACES, loadFallbackFont, loadFonts } from './fonts'
import { restoreStyle, type Ctx } from './layout'
import { fill, labelText, typo } from './strings'
import { COLORS, MARGINS, SIZES } from './theme'
import { adoptionFooterLine } from './adoption'
import { drawFitted, type TextRun } from './text/paragraph'

/** The meeting date as the footer prints it: « 15 juillet 2020 », « 15 يوليوز 2020 ». */
export { footerDateOf as footerDate } from '../common/releve-text'

function asArtifact(ctx: Ctx, draw: () => void): void {
  const doc = ctx.doc
  const { x, y } = doc
  doc.markContent('Artifact', { type: 'Pagination' })
  doc.save()
  draw()
  doc.restore()
  doc.endMarkedContent()
  doc.x = x
  doc.y = y
  restoreStyle(ctx)
}

/**
 * The watermark's outline as an SVG path centred on (0, 0), computed once per process. It is
 * drawn as shapes, not text: rotated letters scattered over the page would otherwise be read by
 * text extraction and copy-paste in the middle of the minutes' sentences.
 */
const watermarkPaths = new Map<string, string>()

function watermarkOutline(r: ReleveDocument): string {
  const text = pdfLabels(r).watermark
  const known = watermarkPaths.get(text)
  if (known !== undefined) return known
  // « مشروع » is shaped (joined letters, in visual order) in the Arabic face.
  const arabic = releveLanguage(r) === 'ar'
  const font = arabic ? loadFallbackFont('arabicBold') : loadFonts().bold
  const run = arabic ? font.layout(text, undefined, undefined, undefined, 'rtl') : font.layout(text)
  const scale = SIZES.watermark / font.unitsPerEm
  const width = run.positions.reduce((w, p) => w + p.xAdvance, 0) * scale
  // Arabic has no capitals: half the height of its letters above the baseline instead.
  const baseline = ((font.capHeight || font.ascent / 2) * scale) / 2
  let pen = -width / 2
  const parts: string[] = []
  run.glyphs.forEach((glyph, i) => {
    // Font units (y up) to page units (y down), the baseline half a capital height below centre.
    parts.push(glyph.path.transform(scale, 0, 0, -scale, pen, baseline).toSVG())
    pen += (run.positions[i]?.xAdvance ?? 0) * scale
  })
  const outline = parts.join(' ')
  watermarkPaths.set(text, outline)
  return outline
}

// The content-stream operators pdfkit writes for an outline and its fill, recorded once per process
// (pdfkit parses the SVG path anew otherwise), then written once per document as a form XObject
// that each page draws (« /Wm1 Do »): the same ink, without the outline's operators on every page.
// Kept as the bytes pdfkit would write for them (one byte per character, a closing newline), so
// that no document converts them again.
const watermarkOps = new Map<string, Uint8Array>()

/** What `doc.path(outline)` then `doc.fill(colour)` write, recorded once per process. */
function outlineOps(doc: Ctx['doc'], outline: string): Uint8Array | string {
  const known = watermarkOps.get(outline)
  if (known !== undefined) return known
  const ops: string[] = []
  const own = Object.getOwnPropertyDescriptor(doc, 'addContent')
  const record = (data: string): Ctx['doc'] => {
    ops.push(data)
    return doc
  }
  Object.defineProperty(doc, 'addContent', { value: record, configurable: true, writable: true })
  try {
    doc.path(outline)
    doc.fill(COLORS.watermark)
  } finally {
    if (own) Object.defineProperty(doc, 'addContent', own)
    else delete (doc as { addContent?: unknown }).addContent
  }
  const joined = ops.join('\n')
  if (!ops.every((op) => typeof op === 'string')) return joined
  const bytes = Buffer.from(`${joined}\n`, 'latin1')
  watermarkOps.set(outline, bytes)
  return bytes
}

/** Each document's watermark forms, by outline: the name its pages give the form, and the form. */
const forms = new WeakMap<object, Map<string, { name: string; form: unknown }>>()

/** The watermark as a form XObject of this document, made on its first page. */
function watermarkForm(doc: Ctx['doc'], outline: string): { name: string; form: unknown } {
  let byOutline = forms.get(doc)
  if (!byOutline) forms.set(doc, (byOutline = new Map()))
  const known = byOutline.get(outline)
  if (known) return known
  const form = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [-1000, -1000, 1000, 1000] })
  form.end(outlineOps(doc, outline))
  const made = { name: `Wm${byOutline.size + 1}`, form }
  byOutline.set(outline, made)
  return made
}

function watermark(ctx: Ctx, r: ReleveDocument): void {
  const doc = ctx.doc
  const { width, height } = doc.page
  const { name, form } = watermarkForm(doc, watermarkOutline(r))
  asArtifact(ctx, () => {
    doc.translate(width / 2, height / 2).rotate(-50)
    ;(doc.page as unknown as { xobjects: Record<string, unknown> }).xobjects[name] = form
    doc.addContent(`/${name} Do`)
  })
}

function runningHeader(ctx: Ctx, r: ReleveDocument): void {
  const doc = ctx.doc
  const y = MARGINS.top - 30
  // A paragraph flowing onto this page is still being wrapped (pdfkit's continued text): its
  // wrapper, left in place, would take the header's text as the paragraph's next words.
  const flowing = doc as unknown as { _wrapper?: unknown }
  const wrapper = flowing._wrapper
  flowing._wrapper = null
  try {
    drawRunningHeader(ctx, r, y)
  } finally {
    flowing._wrapper = wrapper
  }
}

function drawRunningHeader(ctx: Ctx, r: ReleveDocument, y: number): void {
  const doc = ctx.doc
  const T = pdfLabels(r)
  asArtifact(ctx, () => {
    const half = ctx.frame.width / 2
    const header = (text: string, face: 'bold' | 'regular', color: string): TextRun => ({ text, font: FACES[face], size: SIZES.header, color })
    // Right to left, the header is mirrored: the committee on the right, title and date on the left.
    const rtl = releveLanguage(r) === 'ar'
    const at = (x: number, w: number): number => (rtl ? 2 * ctx.frame.left + ctx.frame.width - x - w : x)
    drawFitted(doc, header(typo(r.committee.name, releveLanguage(r)), 'bold', COLORS.accent), {
      x: at(ctx.frame.left, half + 40),
      y,
      width: half + 40,
      align: rtl ? 'right' : 'left',
      color: COLORS.accent,
    })
    const right = labelText(`${T.title} · ${footerDate(r)}`, releveLanguage(r))
    drawFitted(doc, header(right, 'regular', COLORS.muted), {
      x: at(ctx.frame.left + half + 40, half - 40),
      y,
      width: half - 40,
      align: rtl ? 'left' : 'right',
      color: COLORS.muted,
    })
    doc
      .moveTo(ctx.frame.left, y + 14)
      .lineTo(ctx.frame.left + ctx.frame.width, y + 14)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke()
  })
}

/** Draws the watermark and the running header on each new page, before its content. */
export function installPageDecorations(ctx: Ctx, r: ReleveDocument): void {
  ctx.doc.on('pageAdded', () => {
    if (!r.adopted) watermark(ctx, r)
    if (ctx.doc.bufferedPageRange().count > 1) runningHeader(ctx, r)
    ctx.doc.x = ctx.left
    ctx.doc.y = ctx.doc.page.margins.top
  })
}

/** Writes the footer of every page; call when the content is complete. */
export function writeFooters(ctx: Ctx, r: ReleveDocument): void {
  const doc = ctx.doc
  const T = pdfLabels(r)
  const { start, count } = doc.bufferedPageRange()
  const date = footerDate(r)
  const left = labelText(`${r.reference} — ${fill(T.footer.center, { title: T.title, date })}`, releveLanguage(r))
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    // The bottom margin is the footer's: lift it so that pdfkit does not start a new page.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const y = doc.page.height - MARGINS.bottom + 24
    const pageWidth = 64
    const draftWidth = r.adopted ? 0 : 56
    asArtifact(ctx, () => {
      doc
        .moveTo(ctx.left, y - 7)
        .lineTo(ctx.left + ctx.width, y - 7)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke()
      const muted = (text: string): TextRun => ({ text, font: FACES.regular, size: SIZES.footer, color: COLORS.muted })
      const accent = (text: string): TextRun => ({ text, font: FACES.bold, size: SIZES.footer, color: COLORS.accent })
      // Right to left, the footer is mirrored: page number on the left, reference on the right.
      const rtl = releveLanguage(r) === 'ar'
      const at = (x: number, w: number): number => (rtl ? 2 * ctx.left + ctx.width - x - w : x)
      const leftWidth = ctx.width - pageWidth - draftWidth - 8
      drawFitted(doc, muted(left), { x: at(ctx.left, leftWidth), y, width: leftWidth, align: rtl ? 'right' : 'left', color: COLORS.muted })
      if (!r.adopted) {
        const x = at(ctx.left + ctx.width - pageWidth - draftWidth, draftWidth)
        drawFitted(doc, accent(T.footer.draft), { x, y, width: draftWidth, align: rtl ? 'left' : 'right', color: COLORS.accent })
      }
      if (r.adoption) {
        drawFitted(doc, muted(labelText(adoptionFooterLine(r.adoption, releveLanguage(r)), releveLanguage(r))), { x: ctx.left, y: y + 10, width: ctx.width, color: COLORS.muted })
      }
      const page = fill(T.footer.page, { page: i - start + 1, pages: count })
      drawFitted(doc, accent(page), { x: at(ctx.left + ctx.width - pageWidth, pageWidth), y, width: pageWidth, align: rtl ? 'left' : 'right', color: COLORS.accent })
    })
    doc.page.margins.bottom = bottom
  }
}
