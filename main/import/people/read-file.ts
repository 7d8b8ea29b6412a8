/** Turns an uploaded people file (.xlsx or .csv, base64) into rows of text, or says why it cannot. */
import { t } from '../../../shared/i18n/translate'
import { stripXmlIllegal } from '../../../shared/text/clean'
import type { CsvEncoding } from '../../../shared/domain/people-import'
import { parseCsv, type CsvRecord } from './csv'
import { decodeCsv } from './encoding'
import { readFirstSheet } from './xlsx'
import { inspectWorkbookZip, MAX_UNZIPPED_BYTES, MAX_WORKBOOK_CELLS } from './zip-guard'

/** Files beyond these limits are refused whole, with a French message. */
export const MAX_IMPORT_BYTES = 30_000_000
export const MAX_IMPORT_ROWS = 50_000

/** What was read, with the encoding of a CSV file (null for a workbook), so that the preview can show it. */
export type ReadResult = ({ ok: true; records: CsvRecord[] } | { ok: false; fileErrors: string[] }) & {
  encoding: CsvEncoding | null
}

/** A people file as the renderer sends it; `encoding` is the one chosen in the preview, else detected. */
export interface PeopleFileInput {
  fileName: string
  contentBase64: string
  encoding?: CsvEncoding | undefined
}

const refuse = (message: string, encoding: CsvEncoding | null = null): ReadResult => ({
  ok: false,
  fileErrors: [message],
  encoding,
})

const startsWith = (bytes: Buffer, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

/** Reads the rows of the file, the header first; every problem with the file as a whole is a fileError. */
export function readPeopleFile(file: PeopleFileInput): Promise<ReadResult> {
  return readPeopleBytes({
    fileName: file.fileName,
    bytes: Buffer.from(file.contentBase64, 'base64'),
    encoding: file.encoding,
  })
}

/** The same, from the file's bytes (the import worker receives them, not their base64). */
export async function readPeopleBytes(file: {
  fileName: string
  bytes: Buffer
  encoding?: CsvEncoding | undefined
}): Promise<ReadResult> {
  const bytes = file.bytes
  const name = file.fileName.trim()
  if (bytes.length > MAX_IMPORT_BYTES) return refuse(t('data.import.tooBig', { max: MAX_IMPORT_BYTES / 1_000_000 }))
  if (bytes.length === 0) return refuse(t('data.import.empty'))
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''

  let records: CsvRecord[]
  let encoding: CsvEncoding | null = null
  if (startsWith(bytes, ZIP)) {
    // Streamed and counted before exceljs loads anything: a bomb or a sheet of millions of cells stops here.
    const zip = await inspectWorkbookZip(bytes)
    if (zip.kind === 'tooBig') return refuse(t('data.import.zipTooBig', { name, max: MAX_UNZIPPED_BYTES / 1_000_000 }))
    if (zip.kind === 'unreadable') return refuse(t('data.import.notAWorkbook', { name }))
    if (zip.kind === 'tooManyCells') {
      const max = MAX_WORKBOOK_CELLS.toLocaleString('fr-FR')
      return refuse(
        zip.declared
          ? t('data.import.tooManyCellsDeclared', {
              name,
              range: zip.declared,
              count: zip.cells.toLocaleString('fr-FR'),
              max,
            })
          : t('data.import.tooManyCells', { name, max }),
      )
    }
    const sheet = await readFirstSheet(bytes, MAX_IMPORT_ROWS)
    if (!sheet.ok) {
      return refuse(
        sheet.reason === 'noSheet'
          ? t('data.import.noSheet')
          : t('data.import.unreadable', { name, reason: sheet.detail }),
      )
    }
    if (sheet.rowCount > MAX_IMPORT_ROWS + 1)
      return refuse(t('data.import.tooManyRows', { max: MAX_IMPORT_ROWS.toLocaleString('fr-FR') }))
    records = sheet.records
  } else if (startsWith(bytes, OLE) || extension === 'xls') {
    return refuse(t('data.import.oldExcel', { name }))
  } else if (['csv', 'txt', 'tsv'].includes(extension) || extension === '') {
    const decoded = decodeCsv(bytes, file.encoding)
    encoding = decoded.encoding
    // A NUL character never occurs in a text file: this is some other binary format.
    if (decoded.text.includes('\u0000')) return refuse(t('data.import.notAFile', { name }), encoding)
    const csv = parseCsv(decoded.text)
    if (csv.unclosedQuoteLine !== null)
      return refuse(t('data.import.unclosedQuote', { line: csv.unclosedQuoteLine }), encoding)
    if (csv.records.length > MAX_IMPORT_ROWS + 1)
      return refuse(t('data.import.tooManyRows', { max: MAX_IMPORT_ROWS.toLocaleString('fr-FR') }), encoding)
    records = csv.records
  } else {
    return refuse(t('data.import.notAFile', { name }))
  }
  if (records.length === 0) return refuse(t('data.import.empty'), encoding)
  // What XML cannot hold never reaches a row, as for text typed in the forms.
  return { ok: true, records: records.map((r) => ({ line: r.line, cells: r.cells.map(stripXmlIllegal) })), encoding }
}
