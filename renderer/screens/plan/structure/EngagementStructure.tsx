import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChevronRight, Trash2 } from 'lucide-react'
import type { EngagementOverview } from '../../../../shared/domain/plan'
import { api } from '../../../api/client'
import type { ConfirmRequest } from '../../../components/ConfirmDialog'
import { useLoad } from '../parts/use-load'
import { LoadFailure } from '../parts/LoadFailure'
import { PeriodLabel } from '../parts/PeriodLabel'
import { formatWeight } from '../parts/format'
import { AddActivityForm } from './AddForms'

/** An engagement in the structure editor; its activities load when it is opened. */
export function EngagementStructure({
  engagement: e,
  onChanged,
  confirm,
}: {
  engagement: EngagementOverview
  onChanged: () => void
  confirm: (request: ConfirmRequest) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <li className="structure-engagement">
      <div className="structure-engagement__row">
        <button type="button" className="structure-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          <ChevronRight size={16} aria-hidden className="structure-toggle__icon" />
          <span className="structure-engagement__number">{e.number}.</span>
          <span className="structure-engagement__title">{e.title}</span>
        </button>
        <span className="muted structure-engagement__meta">
          {e.responsible.name}
          {e.responsible.name ? ' · ' : ''}
          {t('planUi.structure.activityCount', { count: e.activityCount })}
        </span>
        <button
          type="button"
          className="icon-btn icon-btn--danger"
          aria-label={t('planUi.structure.deleteEngagement', { number: e.number })}
          title={t('planUi.structure.deleteEngagement', { number: e.number })}
          onClick={() =>
            confirm({
              title: t('planUi.structure.deleteEngagement', { number: e.number }),
              message: e.title,
              danger: true,
              onConfirm: async () => {
                await api.engagements.delete({ id: e.id })
                onChanged()
              },
            })
          }
        >
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      {open ? <Activities engagementId={e.id} onChanged={onChanged} confirm={confirm} /> : null}
    </li>
  )
}

function Activities({ engagementId, onChanged, confirm }: { engagementId: number; onChanged: () => void; confirm: (request: ConfirmRequest) => void }) {
  const { t } = useTranslation()
  const load = useCallback(() => api.engagements.get({ id: engagementId }), [engagementId])
  const detail = useLoad(load)
  const changed = () => {
    detail.reload()
    onChanged()
  }
  if (detail.data === undefined) {
    return detail.error !== null ? <LoadFailure message={detail.error} onRetry={detail.reload} /> : <p className="muted">{t('planUi.loading')}</p>
  }
  const activities = detail.data.activities
  const nextNumber = activities.reduce((max, a) => Math.max(max, a.number), 0) + 1
  return (
    <div className="structure-activities">
      {activities.length === 0 ? <p className="muted">{t('planUi.structure.noActivity')}</p> : null}
      <ul className="structure-activity-list">
        {activities.map((a) => (
          <li key={a.id} className="structure-activity">
            <span className="structure-activity__title">{t('planUi.structure.activityLine', { number: a.number, title: a.title })}</span>
            <span className="muted">{t('planUi.structure.weightShort', { weight: formatWeight(a.weight) })}</span>
            <PeriodLabel period={a.baseline} />
            <button
              type="button"
              className="icon-btn icon-btn--danger"
              aria-label={t('planUi.structure.deleteActivity', { number: a.number })}
              title={t('planUi.structure.deleteActivity', { number: a.number })}
              onClick={() =>
                confirm({
                  title: t('planUi.structure.deleteActivity', { number: a.number }),
                  message: a.title,
                  danger: true,
                  onConfirm: async () => {
                    await api.activities.delete({ id: a.id })
                    changed()
                  },
                })
              }
            >
              <Trash2 size={15} aria-hidden />
            </button>
          </li>
        ))}
      </ul>
      <AddActivityForm engagementId={engagementId} nextNumber={nextNumber} onAdded={changed} />
    </div>
  )
}
