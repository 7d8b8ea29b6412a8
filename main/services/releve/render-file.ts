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
async function writer(format: ReleveFormat): Promise<(releve: ReleveDocument) => Promise<Buffer>> {
  if (format === 'pdf') return (await import('../../exports/pdf')).renderRelevePdf
  if (format === 'docx') return (await import('../../exports/docx')).renderReleveDocx
  return (await import('../../exports/xlsx')).renderReleveXlsx
}

/** Builds a relevé file: the same code serves the app and the CLI. */
export async function renderReleveFile(
  releve: ReleveDocument,
  format: ReleveFormat,
): Promise<{ fileName: string; mime: string; content: Buffer }> {
  const content = await (await writer(format))(releve)
  const firstDate = releve.dates[0]?.date
  return { fileName: releveFileName(firstDate, releve.committee.acronym, format), mime: MIME[format], content }
}
