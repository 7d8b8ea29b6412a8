/**
 * The decisions register as a PDF: A4 landscape, a title, the filters, one table whose header
 * repeats on each page, « Page x / y ». Built with the relevé's fonts and paged table.
 */
import PDFDocument from 'pdfkit'
import type { DecisionEntry } from '../../../shared/domain/registers'
import { fr } from '../../../shared/i18n/fr'
import { t } from '../../../shared/i18n/translate'
import { registerFonts } from '../pdf/fonts'
import { createCtx, heading, paragraph, use, type Ctx } from '../pdf/layout'
import { pagedTable, type TableSpec } from '../pdf/table'
import { COLORS, SIZES } from '../pdf/theme'
import { DECISION_HEADERS, decisionCells } from './tables'

const MARGIN = 40
// Number, date, committee, meeting, item, decision, status, engagements: the decision gets the rest.
const FIXED = [62, 70, 52, 100, 90, 0, 66, 90]

function footers(ctx: Ctx): void {
  const doc = ctx.doc
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    use(ctx, 'regular', SIZES.footer, COLORS.muted)
    doc.text(t('registers.export.page', { page: i + 1, pages: range.count }), ctx.frame.left, doc.page.height - 28, {
      width: ctx.frame.width,
      align: 'right',
      lineBreak: false,
    })
    doc.page.margins.bottom = bottom
  }
}

/** Renders the rows of the register; `lines` are printed under the title (date, filters). */
export function renderDecisionsPdf(rows: readonly DecisionEntry[], lines: readonly string[]): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const doc = new PDFDocument({
        size: 'A4',
        layout: 'landscape',
        margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
        bufferPages: true,
        autoFirstPage: false,
        font: '',
        tagged: true,
        lang: 'fr-MA',
        displayTitle: true,
        info: { Title: fr.registers.export.decisionsTitle, Creator: 'Copil' },
      })
      const chunks: Buffer[] = []
      doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      doc.on('end', () => resolve(Buffer.concat(chunks)))
      doc.on('error', reject)
      registerFonts(doc)
      doc.addPage()
      const ctx = createCtx(doc)
      const width = doc.page.width - 2 * MARGIN
      Object.assign(ctx, { left: MARGIN, width, frame: { left: MARGIN, width } })
      use(ctx, 'regular', SIZES.body, COLORS.text)
      const root = doc.struct('Document', { lang: 'fr-MA' })
      doc.addStructure(root)
      heading(ctx, root, 2, fr.registers.export.decisionsTitle)
      for (const line of lines) paragraph(ctx, root, [{ text: line }])
      const rest = width - FIXED.reduce((a, b) => a + b, 0)
      const spec: TableSpec = {
        columns: FIXED.map((w) => (w === 0 ? rest : w)),
        header: DECISION_HEADERS.map((text) => ({ text })),
        groups: rows.map((d) => [
          decisionCells(d).map((text, i) => (i === 0 ? { text, face: 'bold' as const } : { text })),
        ]),
      }
      if (rows.length > 0) pagedTable(ctx, root, spec)
      else paragraph(ctx, root, [{ text: fr.registers.decisions.none }])
      root.end()
      footers(ctx)
      doc.end()
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}
