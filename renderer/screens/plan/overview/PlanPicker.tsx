import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanSummary } from '../../../../shared/domain/plan'
import { choosePlan } from '../parts/plan-state'

/** The plan shown, when the database holds several. */
export function PlanPicker({ plans, planId }: { plans: PlanSummary[]; planId: number }) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="plan-picker">
      <label className="field__label" htmlFor={id}>
        {t('planUi.plans.label')}
      </label>
      <select id={id} className="select" value={planId} onChange={(e) => choosePlan(Number(e.target.value))}>
        {plans.map((p) => (
          <option key={p.id} value={p.id}>
            {p.periodLabel ? `${p.title} (${p.periodLabel})` : p.title}
          </option>
        ))}
      </select>
    </div>
  )
}
