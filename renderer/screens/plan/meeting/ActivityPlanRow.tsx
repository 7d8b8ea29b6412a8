import { memo, useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CalendarClock, Pencil, Undo2 } from 'lucide-react'
import type { MeetingPlanActivity } from '../../../../shared/domain/plan'
import { REPLAN_KINDS, type ReplanKind } from '../../../../shared/domain/vocabulary'
import { formatPercent } from '../../../../shared/plan/bands'
import { api } from '../../../api/client'
import type { AutosaveStore } from '../../../components/autosave-store'
import { errorMessage } from '../../../components/error-message'
import { PeriodFeedback } from '../parts/PeriodFeedback'
import { SlipLabel } from '../parts/SlipLabel'

/**
 * An activity's planned period in the meeting. Typing a new period and confirming (button or
 * Entrée) records a replan decided by this meeting; Échap puts the period in force back.
 */
export const ActivityPlanRow = memo(function ActivityPlanRow({
  activity: a,
  meetingId,
  meetingDate,
  store,
  onSaved,
}: {
  activity: MeetingPlanActivity
  meetingId: number
  meetingDate: string | undefined
  store: AutosaveStore
  onSaved: (activity: MeetingPlanActivity) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const here = a.replanHere
  const [text, setText] = useState(a.current.text)
  const [kind, setKind] = useState<ReplanKind | ''>(here?.kind ?? '')
  const [reason, setReason] = useState(here?.reason ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // The kind and reason of this meeting's replan are shown as text until one asks to change them.
  const [editDetails, setEditDetails] = useState(false)
  const textChanged = text.trim() !== a.current.text.trim()
  const dirty = textChanged || (here !== null && (kind !== here.kind || reason !== here.reason))
  const editing = textChanged || editDetails

  const send = async (nextText: string) => {
    setBusy(true)
    setError(null)
    try {
      const saved = await store.track(
        api.meetingPlan.replanActivity({ meetingId, activityId: a.id, text: nextText, reason, ...(kind !== '' ? { kind } : {}) }),
      )
      setBusy(false)
      onSaved(saved)
    } catch (e) {
      setBusy(false)
      setError(t('planUi.meetingSection.failed', { message: errorMessage(e) }))
    }
  }
  const reset = () => {
    setEditDetails(false)
    setText(a.current.text)
    setKind(here?.kind ?? '')
    setReason(here?.reason ?? '')
    setError(null)
  }
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && dirty && !busy) {
      event.preventDefault()
      void send(text)
    } else if (event.key === 'Escape' && editing) {
      event.preventDefault()
      reset()
    }
  }

  return (
    <li className={`activity-plan${here ? ' activity-plan--replanned' : ''}`} data-testid={`meeting-activity-${a.number}`}>
      <div className="activity-plan__head">
        <span className="activity-plan__number">{t('planUi.meetingSection.activityLabel', { number: a.number })}</span>
        <span className="activity-plan__title">{a.title}</span>
        <span className="activity-plan__percent">{formatPercent(a.percent)}</span>
      </div>
      <div className="activity-plan__controls">
        <div className="activity-plan__period">
          <label className="visually-hidden" htmlFor={`${id}-period`}>
            {t('planUi.meetingSection.periodLabel', { number: a.number })}
          </label>
          <div className="plan-input-icon">
            <CalendarClock size={15} aria-hidden className="plan-input-icon__icon" />
            <input
              id={`${id}-period`}
              className="input"
              value={text}
              placeholder={t('planUi.meetingSection.periodPlaceholder')}
              aria-describedby={`${id}-feedback`}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKey}
            />
          </div>
          {textChanged ? (
            <PeriodFeedback id={`${id}-feedback`} text={text} referenceDate={meetingDate} />
          ) : (
            <span id={`${id}-feedback`} className="visually-hidden" />
          )}
        </div>
        {editing ? (
          <>
            <div className="activity-plan__kind">
              <label className="visually-hidden" htmlFor={`${id}-kind`}>
                {t('planUi.meetingSection.kindLabel', { number: a.number })}
              </label>
              <select id={`${id}-kind`} className="select" value={kind} onChange={(e) => setKind(REPLAN_KINDS.find((k) => k === e.target.value) ?? '')}>
                <option value="">{t('planUi.meetingSection.kindAuto')}</option>
                {REPLAN_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`replanKinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="activity-plan__reason">
              <label className="visually-hidden" htmlFor={`${id}-reason`}>
                {t('planUi.meetingSection.reasonLabel', { number: a.number })}
              </label>
              <input
                id={`${id}-reason`}
                className="input"
                value={reason}
                placeholder={t('planUi.meetingSection.reasonPlaceholder')}
                onChange={(e) => setReason(e.target.value)}
                onKeyDown={onKey}
              />
            </div>
          </>
        ) : null}
        {editing ? (
          <div className="activity-plan__actions">
            <button type="button" className="btn btn--primary btn--sm" disabled={busy || !dirty} title={t('planUi.meetingSection.confirmTitle')} onClick={() => void send(text)}>
              {t('planUi.meetingSection.confirm')}
            </button>
            <button type="button" className="btn btn--sm btn--ghost" disabled={busy} onClick={reset}>
              {t('planUi.meetingSection.reset')}
            </button>
          </div>
        ) : null}
      </div>
      {here && !editing ? (
        <div className="activity-plan__here">
          <div className="activity-plan__here-text">
            <span>
              {t('planUi.meetingSection.replannedHere', { previous: here.previous.formatted || t('planUi.noPeriod'), next: here.next.formatted })}{' '}
              <SlipLabel days={here.slipDays} emptyText={t('planUi.engagement.slipUnknown')} />
            </span>
            <span className={`kind-badge kind-badge--${here.kind}`}>{t(`replanKinds.${here.kind}`)}</span>
            <span className={here.reason ? undefined : 'muted'}>{here.reason || t('planUi.engagement.noReason')}</span>
          </div>
          <div className="activity-plan__here-actions">
            <button type="button" className="btn btn--sm btn--ghost" disabled={busy} onClick={() => setEditDetails(true)}>
              <Pencil size={14} aria-hidden />
              {t('planUi.meetingSection.editDetails')}
            </button>
            <button type="button" className="btn btn--sm btn--ghost" disabled={busy} onClick={() => void send('')}>
              <Undo2 size={14} aria-hidden />
              {t('planUi.meetingSection.undo')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  )
})
