import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowLeft, Trash2 } from 'lucide-react'
import type { AxisOverview } from '../../../../shared/domain/plan'
import { api } from '../../../api/client'
import { ConfirmDialog, type ConfirmRequest } from '../../../components/ConfirmDialog'
import { useLoad } from '../parts/use-load'
import { LoadFailure } from '../parts/LoadFailure'
import { AddAxisForm, AddEngagementForm } from './AddForms'
import { EngagementStructure } from './EngagementStructure'
import { PlanForm } from './PlanForm'

/** Axes, engagements and activities of a plan, added inline; what a new plan needs before follow-up. */
export function StructurePage({ planId, onChanged }: { planId: number; onChanged: () => void }) {
  const { t } = useTranslation()
  const load = useCallback(() => api.plans.overview({ planId }), [planId])
  const overview = useLoad(load)
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)
  const changed = () => {
    overview.reload()
    onChanged()
  }
  const data = overview.data
  const nextEngagement = (data?.axes ?? []).flatMap((a) => a.engagements).reduce((max, e) => Math.max(max, e.number), 0) + 1

  return (
    <div className="page plan-page">
      <a className="back-link plan-back" href="#/plan">
        <ArrowLeft size={16} aria-hidden />
        {t('planUi.back')}
      </a>
      <header className="page__header">
        <div>
          <h1 className="page__title">{t('planUi.structure.title')}</h1>
          <p className="page__subtitle">{data ? data.plan.title : t('planUi.structure.subtitle')}</p>
        </div>
        <div className="page__actions">
          <a className="btn btn--primary" href="#/plan">
            {t('planUi.structure.done')}
          </a>
        </div>
      </header>
      {overview.error !== null ? <LoadFailure message={overview.error} onRetry={overview.reload} /> : null}
      {data === undefined ? (
        overview.error === null ? (
          <div className="empty" aria-busy="true">
            {t('planUi.loading')}
          </div>
        ) : null
      ) : (
        <>
          <section className="card plan-section" aria-labelledby="structure-plan">
            <h2 id="structure-plan" className="plan-card-title">
              {t('planUi.structure.plan')}
            </h2>
            <PlanForm key={data.plan.id} plan={data.plan} onSaved={changed} submitLabel={t('planUi.structure.savePlan')} />
          </section>
          {data.axes.length === 0 ? <div className="card empty">{t('planUi.structure.empty')}</div> : null}
          {data.axes.map((axis) => (
            <AxisStructure key={axis.id} axis={axis} nextEngagement={nextEngagement} onChanged={changed} confirm={setConfirm} />
          ))}
          <section className="card plan-section" aria-label={t('planUi.structure.addAxis')}>
            <AddAxisForm planId={planId} onAdded={changed} />
          </section>
        </>
      )}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  )
}

function AxisStructure({
  axis,
  nextEngagement,
  onChanged,
  confirm,
}: {
  axis: AxisOverview
  nextEngagement: number
  onChanged: () => void
  confirm: (request: ConfirmRequest) => void
}) {
  const { t } = useTranslation()
  const title = t('planUi.structure.axisHeading', { position: axis.position, title: axis.title })
  return (
    <section className="card plan-section structure-axis" aria-label={title}>
      <div className="structure-axis__header">
        <h2 className="plan-card-title">{title}</h2>
        <button
          type="button"
          className="icon-btn icon-btn--danger"
          aria-label={t('planUi.structure.deleteAxis', { position: axis.position })}
          title={t('planUi.structure.deleteAxis', { position: axis.position })}
          onClick={() =>
            confirm({
              title: t('planUi.structure.deleteAxis', { position: axis.position }),
              message: axis.title,
              danger: true,
              onConfirm: async () => {
                await api.axes.delete({ id: axis.id })
                onChanged()
              },
            })
          }
        >
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      {axis.engagements.length === 0 ? <p className="muted">{t('planUi.structure.noEngagement')}</p> : null}
      <ul className="structure-engagements">
        {axis.engagements.map((e) => (
          <EngagementStructure key={e.id} engagement={e} onChanged={onChanged} confirm={confirm} />
        ))}
      </ul>
      <AddEngagementForm axisId={axis.id} nextNumber={nextEngagement} onAdded={onChanged} />
    </section>
  )
}
