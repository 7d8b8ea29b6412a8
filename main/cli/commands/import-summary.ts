import { t } from '../../../shared/i18n/translate'
import type { ImportSummary } from '../../interchange/plan-json'

/** The lines `copil import-json` and `copil import-plan` print once a plan is written, counts in French plurals. */
export function importSummaryLines(summary: ImportSummary): string[] {
  const counts = [
    t('plan.import.axes', { count: summary.axes }),
    t('plan.import.engagements', { count: summary.engagements }),
    t('plan.import.activities', { count: summary.activities }),
    t('plan.import.reports', { count: summary.reports }),
    t('plan.import.replans', { count: summary.replans }),
  ]
  const lines = [t('plan.import.done', { title: summary.title, id: summary.planId, counts: counts.join(', ') })]
  if (summary.createdOrganisations.length > 0) {
    lines.push(t('plan.import.createdOrganisations', { names: summary.createdOrganisations.join(' ; ') }))
  }
  return lines
}
