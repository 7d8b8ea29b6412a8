import { useTranslation } from 'react-i18next'
import type { ReleveLifecycle } from '../../../shared/domain/lifecycle'
import { formatLongDate } from '../../dates'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'
import type { ConfirmRequest } from '../../components/ConfirmDialog'

/** How the editor runs a lifecycle action's call: what was typed is saved first, and no input is taken meanwhile. */
export type RunAction = <T>(action: () => Promise<T>) => Promise<T>

/**
 * At the next meeting of a committee: the earlier relevés not adopted yet, each with
 * « Approbation du relevé de la réunion du … » to put on the agenda and adopt here.
 */
export function ApprovalOffers({
  lifecycle,
  onDone,
  onError,
  ask,
  runAction,
}: {
  lifecycle: ReleveLifecycle
  onDone: (message: string | null) => void
  onError: (message: string) => void
  ask: (request: ConfirmRequest) => void
  runAction: RunAction
}) {
  const { t } = useTranslation()
  if (lifecycle.approvals.length === 0 || lifecycle.locked) return null
  const atMeetingId = lifecycle.meetingId
  return (
    <div className="lifecycle__block">
      <h3>{t('lifecycle.ui.approvals.title')}</h3>
      <ul className="lifecycle__versions">
        {lifecycle.approvals.map((offer) => (
          <li key={offer.meetingId}>
            <span>{t('lifecycle.ui.approvals.item', { title: offer.agendaTitle, stage: t(`lifecycle.stages.${offer.stage}`) })}</span>
            <span className="lifecycle__actions">
              {offer.onAgenda ? (
                <span className="badge badge--neutral">{t('lifecycle.ui.approvals.onAgenda')}</span>
              ) : (
                <button
                  type="button"
                  className="btn btn--sm"
                  onClick={() =>
                    runAction(() => api.releve.offerApproval({ meetingId: offer.meetingId, atMeetingId })).then(
                      () => onDone(null),
                      (e: unknown) => onError(errorMessage(e)),
                    )
                  }
                >
                  {t('lifecycle.ui.approvals.addItem')}
                </button>
              )}
              <button
                type="button"
                className="btn btn--sm btn--primary"
                onClick={() =>
                  ask({
                    title: offer.agendaTitle,
                    message: t('lifecycle.ui.adopt.confirm'),
                    confirmLabel: t('lifecycle.ui.approvals.adoptHere'),
                    onConfirm: async () => {
                      const r = await runAction(() => api.releve.adopt({ meetingId: offer.meetingId, atMeetingId }))
                      const date = offer.firstDate ? formatLongDate(offer.firstDate, { weekday: false }) : ''
                      onDone(t('lifecycle.ui.approvals.adopted', { date, version: r.version }))
                    },
                  })
                }
              >
                {t('lifecycle.ui.approvals.adoptHere')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
