import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { t } from '../../../shared/i18n/translate'
import { exportPlanJsonFile } from '../../interchange/plan-json'
import { openDbArgument, pickPlan } from './plan-options'

/** `copil export-json --db FILE [--plan ID] --out FILE`: writes a whole plan as an interchange file. */
export function exportJson(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, plan: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  })
  if (values.out === undefined) {
    console.error(t('plan.cli.missingOut'))
    return 2
  }
  const db = openDbArgument(values.db)
  if (db === undefined) return 2
  try {
    const path = resolve(values.out)
    exportPlanJsonFile(db, pickPlan(db, values.plan), path)
    console.log(t('plan.cli.exported', { path }))
    return 0
  } finally {
    db.close()
  }
}
