import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useLoad } from './parts/use-load'
import { choosePlan, useChosenPlanId } from './parts/plan-state'
import { LoadFailure } from './parts/LoadFailure'
import { EmptyPlans } from './structure/EmptyPlans'
import { PlanOverviewPage } from './overview/PlanOverviewPage'
import { EngagementPage } from './engagement/EngagementPage'
import { ReplansPage } from './replans/ReplansPage'
import { StructurePage } from './structure/StructurePage'
import { MeetingPlanPage } from './meeting/MeetingPlanPage'
import { ImportPlanPage } from './import/ImportPlanPage'
import type { PlanImportResult } from '../../../shared/domain/plan-import'
import { navigate } from '../../app/routes'
import './plan.css'

/** Query parameters written after the last segment of the hash (#/plan/replans?kind=annulee). */
function splitQuery(rest: string[]): { parts: string[]; query: URLSearchParams } {
  const parts = [...rest]
  const last = parts.pop() ?? ''
  const [path = '', search = ''] = last.split('?')
  if (path !== '') parts.push(path)
  return { parts, query: new URLSearchParams(search) }
}

/**
 * #/plan: overview of the chosen plan (the newest when none was chosen); #/plan/engagements/<id>:
 * one engagement; #/plan/replans: every replan, filterable; #/plan/structure: axes, engagements
 * and activities; #/plan/meetings/<id>: the « état d'avancement » of one meeting; #/plan/import:
 * « Importer un plan ». Without any plan, the import first, then a form to create one.
 */
export function PlanScreen({ rest }: { rest: string[] }) {
  const { t } = useTranslation()
  const { parts, query } = splitQuery(rest)
  const loadPlans = useCallback(() => api.plans.list({}), [])
  const plans = useLoad(loadPlans)
  const chosen = useChosenPlanId()

  const id = Number(parts[1])
  if (Number.isInteger(id) && id > 0) {
    if (parts[0] === 'engagements') return <EngagementPage key={id} id={id} />
    if (parts[0] === 'meetings') return <MeetingPlanPage key={id} meetingId={id} />
  }
  if (plans.data === undefined) {
    if (plans.error !== null) {
      return (
        <div className="page">
          <LoadFailure message={plans.error} onRetry={plans.reload} />
        </div>
      )
    }
    return (
      <div className="page empty" aria-busy="true">
        {t('planUi.loading')}
      </div>
    )
  }
  // An imported plan is the one shown next, on its overview.
  const imported = (result: PlanImportResult) => {
    choosePlan(result.planId)
    plans.reload()
    navigate('plan')
  }
  if (parts[0] === 'import') return <ImportPlanPage onImported={imported} />
  if (plans.data.length === 0) {
    return (
      <EmptyPlans
        onCreated={(plan) => {
          choosePlan(plan.id)
          plans.reload()
          navigate('plan/structure')
        }}
        onImported={imported}
      />
    )
  }
  const plan = plans.data.find((p) => p.id === chosen) ?? plans.data[0]
  if (plan === undefined) return null
  if (parts[0] === 'replans') return <ReplansPage key={plan.id} plan={plan} query={query} />
  if (parts[0] === 'structure') return <StructurePage key={plan.id} planId={plan.id} onChanged={plans.reload} />
  return <PlanOverviewPage key={plan.id} plan={plan} plans={plans.data} />
}
