import { renderRelevePdf } from '../../exports/pdf'
import { renderReleveXlsx } from '../../exports/xlsx'
import { renderReleveDocx } from '../../exports/docx'
import type { ReleveFormat } from '../../../shared/domain/files'
import { releveFileName } from '../../../shared/text/file-names'
import type { ReleveDocument } from '../../../shared/domain/releve'

const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

/** Builds a relevé file: the same code serves the app and the CLI. */
export async function renderReleveFile(
  releve: ReleveDocument,
  format: ReleveFormat,
): Promise<{ fileName: string; mime: string; content: Buffer }> {
  const content =
    format === 'pdf'
      ? await renderRelevePdf(releve)
      : format === 'docx'
        ? await renderReleveDocx(releve)
        : await renderReleveXlsx(releve)
  const firstDate = releve.dates[0]?.date
  return { fileName: releveFileName(firstDate, releve.committee.acronym, format), mime: MIME[format], content }
}
