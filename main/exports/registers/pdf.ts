/**
 * The registers as PDFs (decisions, actions): A4 landscape, a title, the filters, one table whose
 * header repeats on each page, « Page x / y ». Built with the relevé's fonts and paged table.
 */
import PDFDocument from 'pdfkit'
import type { ActionEntry, DecisionEntry } from '../../../shared/domain/registers'
import { fr } from '../../../shared/i18n/fr'
import { t } from '../../../shared/i18n/translate'
import { registerFonts } from '../pdf/fonts'
import { createCtx, heading, paragraph, use, type Ctx } from '../pdf/layout'
import { pagedTable, type TableSpec } from '../pdf/table'
import { COLORS, SIZES } from '../pdf/theme'
import { ACTION_HEADERS, DECISION_HEADERS, actionCells, decisionCells } from './tables'

const MARGIN = 40
// Number, date, committee, meeting, item, decision, status, engagements: the decision gets the rest.
const DECISION_WIDTHS = [62, 70, 52, 100, 90, 0, 66, 90]
// Number, action, committee, meeting, owner, due, status, overdue, notes: the action gets the rest.
const ACTION_WIDTHS = [26, 0, 50, 100, 92, 76, 56, 46, 146]

interface RegisterPdf {
  title: string
  /** Printed under the title: the date and the filters. */
  lines: readonly string[]
  headers: readonly string[]
  /** Column widths in points; 0 for the one column that takes what is left. */
  widths: readonly number[]
  rows: readonly (readonly (string | number)[])[]
  /** Printed instead of the table when no row matches the filters. */
  none: string
}

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

/** One register as a PDF: its title, the lines under it, then the table (its first column in bold). */
function renderRegisterPdf(register: RegisterPdf): Promise<Buffer> {
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
        info: { Title: register.title, Creator: 'Copil' },
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
      heading(ctx, root, 2, register.title)
      for (const line of register.lines) paragraph(ctx, root, [{ text: line }])
      const rest = width - register.widths.reduce((a, b) => a + b, 0)
      const spec: TableSpec = {
        columns: register.widths.map((w) => (w === 0 ? rest : w)),
        header: register.headers.map((text) => ({ text })),
        groups: register.rows.map((cells) => [
          cells.map((cell, i) => (i === 0 ? { text: String(cell), face: 'bold' as const } : { text: String(cell) })),
        ]),
      }
      if (register.rows.length > 0) pagedTable(ctx, root, spec)
      else paragraph(ctx, root, [{ text: register.none }])
      root.end()
      footers(ctx)
      doc.end()
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}

/** The decisions register (as filtered); `lines` are printed under the title (date, filters). */
export function renderDecisionsPdf(rows: readonly DecisionEntry[], lines: readonly string[]): Promise<Buffer> {
  return renderRegisterPdf({
    title: fr.registers.export.decisionsTitle,
    lines,
    headers: DECISION_HEADERS,
    widths: DECISION_WIDTHS,
    rows: rows.map(decisionCells),
    none: fr.registers.decisions.none,
  })
}

/** The actions (as filtered, overdue first), with their owner, due period, status and notes. */
export function renderActionsPdf(rows: readonly ActionEntry[], lines: readonly string[]): Promise<Buffer> {
  return renderRegisterPdf({
    title: fr.registers.export.actionsTitle,
    lines,
    headers: ACTION_HEADERS,
    widths: ACTION_WIDTHS,
    rows: rows.map(actionCells),
    none: fr.registers.actions.none,
  })
}
