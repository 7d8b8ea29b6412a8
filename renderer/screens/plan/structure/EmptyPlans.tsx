import { useTranslation } from 'react-i18next'
import { ListChecks } from 'lucide-react'
import type { PlanInfo } from '../../../../shared/domain/plan'
import type { PlanImportResult } from '../../../../shared/domain/plan-import'
import { PlanImportPanel } from '../import/PlanImportPanel'
import { PlanForm } from './PlanForm'

/** No plan yet: import one from its file (first), or create one here. */
export function EmptyPlans({
  onCreated,
  onImported,
}: {
  onCreated: (plan: PlanInfo) => void
  onImported: (result: PlanImportResult) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="page plan-page">
      <div className="card plan-empty">
        <ListChecks size={32} aria-hidden className="plan-empty__icon" />
        <h1 className="page__title">{t('planUi.empty.title')}</h1>
        <p className="plan-empty__text">{t('planUi.empty.text')}</p>
        <PlanImportPanel heading="h2" onImported={onImported} />
        <h2 className="plan-empty__subtitle plan-empty__or">{t('planUi.empty.create')}</h2>
        <PlanForm onSaved={onCreated} submitLabel={t('planUi.empty.submit')} />
      </div>
    </div>
  )
}
