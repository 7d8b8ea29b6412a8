import type { ReleveFormat } from '../../../shared/domain/files'
import { releveFileName } from '../../../shared/text/file-names'
import type { ReleveDocument } from '../../../shared/domain/releve'

const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

/**
 * The writer of one format. Imported on first use: pdfkit, fontkit, exceljs and docx take about a
 * second to load together, which a process that never exports (`copil check`, `copil --help`, a
 * launch) must not pay. esbuild keeps each dynamically imported module in a lazy wrapper.
 */
async function writer(format: ReleveFormat): Promise<(releve: ReleveDocument) => Promise<{ content: Buffer; unprintable?: string[] }>> {
  if (format === 'pdf') {
    const { renderRelevePdfReport } = await import('../../exports/pdf')
    return async (releve) => {
      const { pdf, unprintable } = await renderRelevePdfReport(releve)
      return { content: pdf, unprintable }
    }
  }
  const render = format === 'docx' ? (await import('../../exports/docx')).renderReleveDocx : (await import('../../exports/xlsx')).renderReleveXlsx
  return async (releve) => ({ content: await render(releve) })
}

/**
 * Builds a relevé file: the same code serves the app and the CLI. A PDF also says which characters
 * no embedded font has (printed as « � »), for the user to be told.
 */
export async function renderReleveFile(
  releve: ReleveDocument,
  format: ReleveFormat,
): Promise<{ fileName: string; mime: string; content: Buffer; unprintable?: string[] }> {
  const { content, unprintable } = await (await writer(format))(releve)
  const firstDate = releve.dates[0]?.date
  const file = { fileName: releveFileName(firstDate, releve.committee.acronym, format), mime: MIME[format], content }
  return unprintable && unprintable.length > 0 ? { ...file, unprintable } : file
}
