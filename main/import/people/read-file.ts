/** Turns an uploaded people file (.xlsx or .csv, base64) into rows of text, or says why it cannot. */
import { t } from '../../../shared/i18n/translate'
import { stripXmlIllegal } from '../../../shared/text/clean'
import { parseCsv, type CsvRecord } from './csv'
import { readFirstSheet } from './xlsx'
import { checkUnzippedSize, MAX_UNZIPPED_BYTES } from './zip-guard'

/** Files beyond these limits are refused whole, with a French message. */
export const MAX_IMPORT_BYTES = 30_000_000
export const MAX_IMPORT_ROWS = 50_000

export type ReadResult = { ok: true; records: CsvRecord[] } | { ok: false; fileErrors: string[] }

const refuse = (message: string): ReadResult => ({ ok: false, fileErrors: [message] })

const startsWith = (bytes: Buffer, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const UTF8_BOM = [0xef, 0xbb, 0xbf]
const UTF16LE_BOM = [0xff, 0xfe]

/**
 * Text of a CSV file: UTF-8 (with or without BOM), or UTF-16 with its BOM (Excel's « texte
 * Unicode »); failing UTF-8, Windows-1252, which French Excel writes for « CSV (point-virgule) ».
 */
export function decodeCsvText(bytes: Buffer): string {
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('windows-1252').decode(body)
  }
}

/** Reads the rows of the file, the header first; every problem with the file as a whole is a fileError. */
export async function readPeopleFile(fileName: string, contentBase64: string): Promise<ReadResult> {
  const bytes = Buffer.from(contentBase64, 'base64')
  const name = fileName.trim()
  if (bytes.length > MAX_IMPORT_BYTES) return refuse(t('data.import.tooBig', { max: MAX_IMPORT_BYTES / 1_000_000 }))
  if (bytes.length === 0) return refuse(t('data.import.empty'))
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''

  let records: CsvRecord[]
  if (startsWith(bytes, ZIP)) {
    const unzipped = checkUnzippedSize(bytes)
    if (unzipped === 'tooBig') return refuse(t('data.import.zipTooBig', { name, max: MAX_UNZIPPED_BYTES / 1_000_000 }))
    if (unzipped === 'unreadable') return refuse(t('data.import.notAWorkbook', { name }))
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
    const text = decodeCsvText(bytes)
    // A NUL character never occurs in a text file: this is some other binary format.
    if (text.includes('\u0000')) return refuse(t('data.import.notAFile', { name }))
    const csv = parseCsv(text)
    if (csv.unclosedQuoteLine !== null) return refuse(t('data.import.unclosedQuote', { line: csv.unclosedQuoteLine }))
    if (csv.records.length > MAX_IMPORT_ROWS + 1)
      return refuse(t('data.import.tooManyRows', { max: MAX_IMPORT_ROWS.toLocaleString('fr-FR') }))
    records = csv.records
  } else {
    return refuse(t('data.import.notAFile', { name }))
  }
  if (records.length === 0) return refuse(t('data.import.empty'))
  // What XML cannot hold never reaches a row, as for text typed in the forms.
  return { ok: true, records: records.map((r) => ({ line: r.line, cells: r.cells.map(stripXmlIllegal) })) }
}
