import { useTranslation } from 'react-i18next'
import { ListChecks } from 'lucide-react'
import type { PlanInfo } from '../../../../shared/domain/plan'
import { PlanForm } from './PlanForm'

/** No plan yet: where plans come from, and a form to create one here. */
export function EmptyPlans({ onCreated }: { onCreated: (plan: PlanInfo) => void }) {
  const { t } = useTranslation()
  return (
    <div className="page plan-page">
      <div className="card plan-empty">
        <ListChecks size={32} aria-hidden className="plan-empty__icon" />
        <h1 className="page__title">{t('planUi.empty.title')}</h1>
        <p className="plan-empty__text">{t('planUi.empty.text')}</p>
        <h2 className="plan-empty__subtitle">{t('planUi.empty.create')}</h2>
        <PlanForm onSaved={onCreated} submitLabel={t('planUi.empty.submit')} />
      </div>
    </div>
  )
}
