import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { t } from '../../../shared/i18n/translate'
import { importPlanFile, readPlanJsonFile } from '../../interchange/plan-json'
import { dbArgument } from './db-argument'
import { importSummaryLines } from './import-summary'
import { openDatabase } from '../../db/connection'
import { backupBeforeImport } from '../../services/backup/startup'

/**
 * `copil import-json --db FILE plan.json`: validates the whole file, then imports it as a new plan
 * in one transaction. Exit 0 when imported; 1 with every faulty path named, nothing written.
 */
export async function importJson(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { db: { type: 'string' } }, allowPositionals: true, strict: true })
  const file = positionals[0]
  if (file === undefined || positionals.length > 1) {
    console.error(t('plan.cli.missingFile'))
    return 2
  }
  const dbPath = dbArgument(values.db, { mustExist: false })
  if (dbPath === undefined) return 2
  const db = openDatabase(dbPath)
  try {
    const plan = readPlanJsonFile(resolve(file))
    // Only a file that passed every check is worth a backup before it is written.
    await backupBeforeImport(db, dbPath)
    const summary = importPlanFile(db, plan)
    for (const line of importSummaryLines(summary)) console.log(line)
    if (summary.unlinkedMeetings > 0) console.log(t('plan.import.unlinkedMeetings', { count: summary.unlinkedMeetings }))
    if (summary.missingCommittee !== null) console.log(t('plan.import.committeeMissing', { name: summary.missingCommittee }))
    return 0
  } finally {
    db.close()
  }
}
