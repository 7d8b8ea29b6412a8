/**
 * The « relevé de conclusions » as a PDF: A4, Noto Sans embedded, tagged (structure tree in
 * reading order, page furniture as artifacts), paginated « Page x / y », with a « PROJET »
 * watermark until the minutes are adopted.
 */
import { type ReleveDocument } from '../../../shared/domain/releve'
import { pdfLabels, releveLanguage } from '../common/labels'
import { preparePrintLogo } from '../common/print-logo'
import { RelevePdfDocument } from './document'
import { loadFonts, registerFonts } from './fonts'
import { keepLibraryShapes } from './keep-shapes'
import { footerDate, installPageDecorations, writeFooters } from './footer'
import { frontPage } from './front-page'
import { createCtx, use } from './layout'
import { participantsSection } from './participants'
import { agendaSection, decisionsSection, discussionSection, nextStepsSection } from './sections'
import { fill, labelText } from './strings'
import { followUpsSection } from './follow-ups'
import { COLORS, MARGINS, SIZES } from './theme'
import { attachCanonical } from './adoption'
import type { Direction } from './bidi/order'

// preloadFonts: parse the fonts ahead of the first export (at start-up), which then skips ~0.1 s.
export { loadFonts as preloadFonts, resolveAssetsDir, setAssetsDir } from './fonts'

export interface RenderPdfOptions {
  /** Creation date written in the metadata (tests pass a fixed one for reproducible files). */
  now?: Date
  /** The page's direction; by default right to left for a relevé in Arabic. */
  direction?: Direction
}

/** The PDF and the characters no embedded font has (printed as « � »), for the user to be told. */
export interface RenderedPdf {
  pdf: Buffer
  unprintable: string[]
}

function directionOf(r: ReleveDocument, options: RenderPdfOptions): Direction {
  // `language` is the relevé's document language ('ar' for Arabic, absent for French).
  return options.direction ?? (releveLanguage(r) === 'ar' ? 'rtl' : 'ltr')
}

/** The document's language tag (catalogue, structure tree): Moroccan French or Moroccan Arabic. */
function langTag(r: ReleveDocument): string {
  return releveLanguage(r) === 'ar' ? 'ar-MA' : 'fr-MA'
}

function metadata(r: ReleveDocument, now: Date): PDFKit.DocumentInfo {
  const M = pdfLabels(r).metadata
  const date = footerDate(r)
  return {
    // Made from labels: as the catalogue writes them in an Arabic relevé (strings.ts, labelText).
    Title: labelText(fill(M.title, { title: r.title.trim() || r.committee.name, date }), releveLanguage(r)),
    Subject: labelText(fill(M.subject, { date, committee: r.committee.name }), releveLanguage(r)),
    Author: r.committee.name,
    Keywords: [...M.keywords, r.committee.acronym, r.reference].filter((k) => k.trim()).join(', '),
    Creator: 'Copil',
    CreationDate: now,
    ModDate: now,
  }
}

/** Renders the relevé; resolves with the bytes of the PDF file. */
export async function renderRelevePdf(releve: ReleveDocument, options: RenderPdfOptions = {}): Promise<Buffer> {
  return (await renderRelevePdfReport(releve, options)).pdf
}

/** Renders the relevé; resolves with the PDF and the characters it had to print as a replacement. */
export async function renderRelevePdfReport(releve: ReleveDocument, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  // Decoded and downscaled once per process; the layout below embeds it as it is.
  await preparePrintLogo(releve.logo)
  return new Promise<RenderedPdf>((resolve, reject) => {
    try {
      const doc = new RelevePdfDocument({
        size: 'A4',
        margins: { ...MARGINS },
        bufferPages: true,
        autoFirstPage: false,
        // No default Helvetica: it would be loaded for nothing, our fonts are registered below.
        font: '',
        tagged: true,
        pdfVersion: '1.7',
        lang: langTag(releve),
        displayTitle: true,
        info: metadata(releve, options.now ?? new Date()),
      })
      const chunks: Buffer[] = []
      doc.on('data', (chunk: Buffer) => chunks.push(chunk))
      // The chunks are let go: the document stays alive after its export (./keep-shapes.ts keeps it).
      doc.on('end', () => resolve({ pdf: Buffer.concat(chunks.splice(0)), unprintable: [...doc.unprintable] }))
      doc.on('error', reject)

      registerFonts(doc)
      keepLibraryShapes(doc, loadFonts().regular)
      doc.direction = directionOf(releve, options)
      const ctx = createCtx(doc)
      installPageDecorations(ctx, releve)
      doc.addPage()
      use(ctx, 'regular', SIZES.body, COLORS.text)

      const root = doc.struct('Document', { lang: langTag(releve) })
      doc.addStructure(root)
      frontPage(ctx, root, releve)
      participantsSection(ctx, root, releve)
      agendaSection(ctx, root, releve)
      discussionSection(ctx, root, releve)
      decisionsSection(ctx, root, releve)
      followUpsSection(ctx, root, releve)
      nextStepsSection(ctx, root, releve)
      root.end()

      writeFooters(ctx, releve)
      if (releve.adoption) attachCanonical(doc, releve.adoption)
      doc.end()
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}
