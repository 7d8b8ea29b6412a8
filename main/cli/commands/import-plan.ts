import { parseArgs } from 'node:util'
import { basename, resolve } from 'node:path'
import { readFileSync, statSync } from 'node:fs'
import { t } from '../../../shared/i18n/translate'
import { AppError } from '../../errors'
import { importPlanFile } from '../../interchange/plan-json'
import { MAX_IMPORT_BYTES } from '../../import/people/read-file'
import { readPlanBytes } from '../../import/plan/read-file'
import { todayIso } from '../../services/plan-progress'
import { dbArgument } from './db-argument'
import { importSummaryLines } from './import-summary'
import { openDatabase } from '../../db/connection'
import { backupBeforeImport } from '../../services/backup/startup'

/** The file's bytes; a French AppError when it cannot be read or is beyond what an import reads. */
function readBytes(path: string): Buffer {
  try {
    if (statSync(path).size > MAX_IMPORT_BYTES)
      throw new AppError('INVALID_INPUT', t('data.import.tooBig', { max: MAX_IMPORT_BYTES / 1_000_000 }))
    return readFileSync(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('IO', t('plan.import.unreadable', { path, reason: (error as Error).message }))
  }
}

/**
 * `copil import-plan --db FILE [--title NOM] plan.xlsx|plan.json`: the plan follow-up workbook or
 * the JSON interchange file, read and checked whole as « Importer un plan » does, then imported as
 * a new plan in one transaction. Exit 0 when imported; 1 with every problem named, nothing written.
 */
export async function importPlan(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { db: { type: 'string' }, title: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  })
  const file = positionals[0]
  if (file === undefined || positionals.length > 1) {
    console.error(t('planImport.cliMissingFile'))
    return 2
  }
  const dbPath = dbArgument(values.db, { mustExist: false })
  if (dbPath === undefined) return 2
  const path = resolve(file)
  const read = await readPlanBytes({ fileName: basename(path), bytes: readBytes(path), today: todayIso() })
  if (!read.ok) {
    console.error([t('plan.import.refused'), ...read.problems.map((p) => `  ${p}`)].join('\n'))
    return 1
  }
  const title = values.title?.trim() ?? ''
  if (title !== '') read.file.plan.title = title
  const db = openDatabase(dbPath)
  try {
    // Only a file that passed every check is worth a backup before it is written.
    await backupBeforeImport(db, dbPath)
    const summary = importPlanFile(db, read.file)
    for (const line of importSummaryLines(summary)) console.log(line)
    for (const note of read.notes) console.log(note)
    if (summary.unlinkedMeetings > 0)
      console.log(t('plan.import.unlinkedMeetings', { count: summary.unlinkedMeetings }))
    if (summary.missingCommittee !== null)
      console.log(t('plan.import.committeeMissing', { name: summary.missingCommittee }))
    return 0
  } finally {
    db.close()
  }
}
