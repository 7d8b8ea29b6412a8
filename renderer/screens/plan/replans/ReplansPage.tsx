import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowLeft } from 'lucide-react'
import type { PlanSummary } from '../../../../shared/domain/plan'
import { REPLAN_KINDS } from '../../../../shared/domain/vocabulary'
import { api } from '../../../api/client'
import { navigate } from '../../../app/routes'
import { useLoad } from '../parts/use-load'
import { LoadFailure } from '../parts/LoadFailure'
import { ReplanFilters, type ReplanFilterValues } from './ReplanFilters'
import { ReplansTable } from './ReplansTable'

function positiveId(value: string | null): number | undefined {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/** The filters live in the address (#/plan/replans?kind=annulee), so « back » and links keep them. */
function filtersOf(query: URLSearchParams): ReplanFilterValues {
  return {
    meetingId: positiveId(query.get('meeting')),
    engagementId: positiveId(query.get('engagement')),
    kind: REPLAN_KINDS.find((k) => k === query.get('kind')),
  }
}

function goTo(values: ReplanFilterValues): void {
  const query = new URLSearchParams()
  if (values.meetingId !== undefined) query.set('meeting', String(values.meetingId))
  if (values.engagementId !== undefined) query.set('engagement', String(values.engagementId))
  if (values.kind !== undefined) query.set('kind', values.kind)
  const search = query.toString()
  navigate(search ? `plan/replans?${search}` : 'plan/replans')
}

/** Every replan of the plan, newest first (what the last meetings decided), filterable by meeting, engagement and kind. */
export function ReplansPage({ plan, query }: { plan: PlanSummary; query: URLSearchParams }) {
  const { t } = useTranslation()
  const { meetingId, engagementId, kind } = filtersOf(query)
  const loadAll = useCallback(() => api.replans.list({ planId: plan.id }), [plan.id])
  const loadFiltered = useCallback(
    () =>
      api.replans.list({
        planId: plan.id,
        ...(meetingId !== undefined ? { meetingId } : {}),
        ...(engagementId !== undefined ? { engagementId } : {}),
        ...(kind !== undefined ? { kind } : {}),
      }),
    [plan.id, meetingId, engagementId, kind],
  )
  const all = useLoad(loadAll)
  const filtered = useLoad(loadFiltered)
  const error = all.error ?? filtered.error

  return (
    <div className="page plan-page">
      <a className="back-link plan-back" href="#/plan">
        <ArrowLeft size={16} aria-hidden />
        {t('planUi.back')}
      </a>
      <header className="page__header">
        <div>
          <h1 className="page__title">{t('planUi.replans.title')}</h1>
          <p className="page__subtitle">
            {plan.title} · {t('planUi.replans.subtitle')}
          </p>
        </div>
      </header>
      {error !== null ? (
        <LoadFailure
          message={error}
          onRetry={() => {
            all.reload()
            filtered.reload()
          }}
        />
      ) : null}
      {all.data !== undefined && all.data.length === 0 ? (
        <div className="card empty">{t('planUi.replans.none')}</div>
      ) : (
        <>
          <ReplanFilters all={all.data ?? []} values={{ meetingId, engagementId, kind }} onChange={goTo} />
          {filtered.data === undefined ? (
            error === null ? (
              <div className="empty" aria-busy="true">
                {t('planUi.loading')}
              </div>
            ) : null
          ) : (
            <div className={filtered.loading ? 'plan-body--stale' : undefined} aria-busy={filtered.loading}>
              <p className="plan-count" role="status" data-testid="replans-count">
                {t('planUi.replans.count', { count: filtered.data.length })}
              </p>
              {filtered.data.length === 0 ? (
                <div className="card empty">{t('planUi.replans.empty')}</div>
              ) : (
                <div className="card plan-table-card">
                  <ReplansTable items={[...filtered.data].reverse()} />
                </div>
              )}
            </div>
          )}
        </>
      )}
    </div>
  )
}
