import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { t } from '../../../shared/i18n/translate'
import { importPlanJsonFile } from '../../interchange/plan-json'
import { openDbArgument } from './plan-options'

/**
 * `copil import-json --db FILE plan.json`: validates the whole file, then imports it as a new plan
 * in one transaction. Exit 0 when imported; 1 with every faulty path named, nothing written.
 */
export function importJson(args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { db: { type: 'string' } }, allowPositionals: true, strict: true })
  const file = positionals[0]
  if (file === undefined || positionals.length > 1) {
    console.error(t('plan.cli.missingFile'))
    return 2
  }
  const db = openDbArgument(values.db, { mustExist: false })
  if (db === undefined) return 2
  try {
    const summary = importPlanJsonFile(db, resolve(file))
    console.log(
      t('plan.import.done', {
        title: summary.title,
        id: summary.planId,
        axes: summary.axes,
        engagements: summary.engagements,
        activities: summary.activities,
        reports: summary.reports,
        replans: summary.replans,
      }),
    )
    if (summary.createdOrganisations.length > 0) {
      console.log(t('plan.import.createdOrganisations', { names: summary.createdOrganisations.join(' ; ') }))
    }
    if (summary.unlinkedMeetings > 0) console.log(t('plan.import.unlinkedMeetings', { count: summary.unlinkedMeetings }))
    if (summary.missingCommittee !== null) console.log(t('plan.import.committeeMissing', { name: summary.missingCommittee }))
    return 0
  } finally {
    db.close()
  }
}
