/** The plan interchange file (docs/plan-format.md): reading, validating, importing and exporting it. */
import { readFileSync } from 'node:fs'
import type { Db } from '../../db/connection'
import { AppError } from '../../errors'
import { writePrivateFileAtomicSync } from '../../files/private'
import { t } from '../../../shared/i18n/translate'
import { exportPlanFile } from './export'
import { importPlanFile, parsePlanFile, type ImportSummary } from './import'
import type { PlanFile } from '../../../shared/interchange/plan-format'

export { exportPlanFile } from './export'
export { importPlanFile, parsePlanFile, type ImportSummary, type ParsedPlanFile } from './import'

/** Reads and decodes a JSON file; French AppError (INVALID_INPUT) when it cannot be read or is not JSON. */
export function readJsonFile(path: string): unknown {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new AppError('IO', t('plan.import.unreadable', { path, reason: (error as Error).message }))
  }
  let text: string
  try {
    // JSON is UTF-8: a lenient decoding would silently turn bad bytes into « � » in the titles.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('INVALID_INPUT', t('plan.import.notUtf8', { path }))
  }
  try {
    // A byte-order mark is legal in files written by Windows tools but not in JSON.parse.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
  } catch (error) {
    throw new AppError('INVALID_INPUT', t('plan.import.notJson', { path, reason: (error as Error).message }))
  }
}

/** Validates a file and imports it as a new plan, all or nothing; the problems list names each faulty path. */
export function importPlanJsonFile(db: Db, path: string): ImportSummary {
  return importPlanFile(db, readPlanJsonFile(path))
}

/** Reads and validates a plan file; throws with every faulty path named when it is refused. */
export function readPlanJsonFile(path: string): PlanFile {
  const parsed = parsePlanFile(readJsonFile(path))
  if (!parsed.ok) {
    const message = [t('plan.import.refused'), ...parsed.problems.map((p) => `  ${p}`)].join('\n')
    throw new AppError('INVALID_INPUT', message)
  }
  return parsed.file
}

/** Writes a plan's interchange file (UTF-8, indented). */
export function exportPlanJsonFile(db: Db, planId: number, path: string): void {
  const file = exportPlanFile(db, planId)
  try {
    writePrivateFileAtomicSync(path, `${JSON.stringify(file, null, 2)}\n`)
  } catch (error) {
    throw new AppError('IO', t('plan.import.cannotWrite', { path, reason: (error as Error).message }))
  }
}
