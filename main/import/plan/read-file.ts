/**
 * Turns the bytes of a plan file — the JSON interchange file or the plan follow-up workbook — into
 * a validated plan file, or the list of what is wrong with it, in French. Reads only. The same
 * limits as the people import guard it: 30 MB, and a workbook is inflated and counted before
 * exceljs loads it (zip bombs, sheets of millions of cells).
 */
import { t } from '../../../shared/i18n/translate'
import type { PlanImportFormat } from '../../../shared/domain/plan-import'
import type { PlanFile, PlanFileInput } from '../../../shared/interchange/plan-format'
import { parsePeriod } from '../../../shared/period'
import { parsePlanFile } from '../../interchange/plan-json/parse'
import { MAX_IMPORT_BYTES } from '../people/read-file'
import { inspectWorkbookZip, MAX_UNZIPPED_BYTES, MAX_WORKBOOK_CELLS } from '../people/zip-guard'

export type PlanRead =
  | { ok: true; format: PlanImportFormat; file: PlanFile; notes: string[] }
  | { ok: false; format: PlanImportFormat | null; problems: string[] }

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Buffer, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte)
const refuse = (format: PlanImportFormat | null, ...problems: string[]): PlanRead => ({ ok: false, format, problems })

/** Whether the bytes start like JSON text: « { » or « [ » after an optional byte-order mark and blanks. */
function looksLikeJson(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 1024)
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/u, '')
  return /^\s*[{[]/u.test(head)
}

/** Reads and validates a plan file; `today` (yyyy-mm-dd) dates a workbook's figures when it does not say its date. */
export async function readPlanBytes(file: { fileName: string; bytes: Buffer; today: string }): Promise<PlanRead> {
  const { bytes } = file
  const name = file.fileName.trim()
  const extension = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? ''
  if (bytes.length > MAX_IMPORT_BYTES)
    return refuse(null, t('data.import.tooBig', { max: MAX_IMPORT_BYTES / 1_000_000 }))
  if (bytes.length === 0) return refuse(null, t('planImport.empty', { name }))

  if (startsWith(bytes, ZIP)) {
    const zip = await inspectWorkbookZip(bytes)
    if (zip.kind === 'tooBig')
      return refuse('xlsx', t('data.import.zipTooBig', { name, max: MAX_UNZIPPED_BYTES / 1_000_000 }))
    if (zip.kind === 'unreadable') return refuse('xlsx', t('data.import.notAWorkbook', { name }))
    if (zip.kind === 'tooManyCells') {
      const max = MAX_WORKBOOK_CELLS.toLocaleString('fr-FR')
      return refuse(
        'xlsx',
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
    // Loaded only here: exceljs costs a lot to load, and a JSON file never needs it.
    const { readPlanWorkbook } = await import('./workbook')
    const read = await readPlanWorkbook(bytes, name, file.today)
    if (!read.ok) return refuse('xlsx', ...read.problems)
    return validated('xlsx', read.file, read.notes)
  }
  if (startsWith(bytes, OLE) || extension === 'xls') return refuse('xlsx', t('planImport.oldExcel', { name }))
  if (extension !== 'json' && !looksLikeJson(bytes)) return refuse(null, t('planImport.notAPlanFile', { name }))

  let text: string
  try {
    // JSON is UTF-8: a lenient decoding would silently turn bad bytes into « � » in the titles.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return refuse('json', t('plan.import.notUtf8', { path: name }))
  }
  let value: unknown
  try {
    // A byte-order mark is legal in files written by Windows tools but not in JSON.parse.
    value = JSON.parse(text.replace(/^\uFEFF/u, ''))
  } catch (error) {
    return refuse('json', t('plan.import.notJson', { path: name, reason: (error as Error).message }))
  }
  return validated('json', value, [])
}

/** The file checked against the interchange format, with a note for each baseline kept as written. */
function validated(format: PlanImportFormat, value: unknown, notes: string[]): PlanRead {
  const parsed = parsePlanFile(value as PlanFileInput)
  if (!parsed.ok) return refuse(format, ...parsed.problems)
  const unread: string[] = []
  for (const e of parsed.file.engagements) {
    for (const a of e.activities) {
      const { text, period } = a.baseline
      if (text.trim() === '' || period != null || (period === undefined && parsePeriod(text).ok)) continue
      unread.push(t('planImport.notes.toClarify', { engagement: e.number, activity: a.number, text }))
    }
  }
  const shown = unread.slice(0, 10)
  if (unread.length > shown.length)
    shown.push(t('planImport.notes.moreToClarify', { count: unread.length - shown.length }))
  return { ok: true, format, file: parsed.file, notes: [...notes, ...shown] }
}
