import { useTranslation } from 'react-i18next'
import { ArrowLeft } from 'lucide-react'
import type { PlanImportResult } from '../../../../shared/domain/plan-import'
import { PlanImportPanel } from './PlanImportPanel'

/** #/plan/import: « Importer un plan », reached from the overview of another plan. */
export function ImportPlanPage({ onImported }: { onImported: (result: PlanImportResult) => void }) {
  const { t } = useTranslation()
  return (
    <div className="page plan-page">
      <a className="back-link plan-back" href="#/plan">
        <ArrowLeft size={16} aria-hidden />
        {t('planUi.back')}
      </a>
      <div className="card plan-import-page">
        <PlanImportPanel heading="h1" onImported={onImported} />
      </div>
    </div>
  )
}
