import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Lock } from 'lucide-react'
import type { ReleveLifecycle } from '../../../shared/domain/lifecycle'
import { formatLongDate } from '../../dates'
import { todayIsoInMorocco } from './today'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'
import { ConfirmDialog, type ConfirmRequest } from '../../components/ConfirmDialog'
import { DateInput } from '../../components/DateInput'
import { Field } from '../../components/Field'
import { ApprovalOffers, type RunAction } from './ApprovalOffers'
import { VersionsList } from './VersionsList'
import { LIFECYCLE_HEADING_ID } from '../meetings/editor/use-action-focus'
import './lifecycle.css'

const day = (iso: string) => formatLongDate(iso, { weekday: false })

/**
 * « Cycle du relevé » at the top of the meeting editor: the stage, the lock banner of an adopted
 * relevé (with its date, version, fingerprint and how to make an erratum), the diffusion for
 * comments, the adoption, the versions and what changed between them, and, at a later meeting,
 * the earlier relevés it may approve. `onChanged` reloads the editor (locked or unlocked).
 */
export function ReleveLifecyclePanel({
  meetingId,
  onChanged,
  onLoaded,
  notice: initialNotice,
  initial,
  runAction = (action) => action(),
}: {
  meetingId: number
  /** The relevé's state already read (by the editor, with the meeting): shown without reading it again. */
  initial?: ReleveLifecycle | null
  /** Reloads the editor, with a message to show once it is back. */
  onChanged: (notice: string | null) => void
  notice: string | null
  /** Given the relevé's state (locked or not, stage, versions) each time it is read. */
  onLoaded: (lifecycle: ReleveLifecycle) => void
  /** Runs an action's call: the editor saves what was typed first and takes no input meanwhile. */
  runAction?: RunAction
}) {
  const { t } = useTranslation()
  const [lifecycle, setLifecycle] = useState<ReleveLifecycle | null>(initial ?? null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(initialNotice)
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)
  const circulated = initial?.circulation
  const [sentOn, setSentOn] = useState(() => circulated?.sentOn ?? todayIsoInMorocco())
  const [recipients, setRecipients] = useState(circulated?.recipients ?? '')
  const [deadline, setDeadline] = useState(circulated?.commentsDeadline ?? '')
  const [adoptedOn, setAdoptedOn] = useState(todayIsoInMorocco())
  const [reason, setReason] = useState<string | null>(null)
  // The diffusion fields follow the stored diffusion when it changes, never over what is being typed.
  const shownCirculation = useRef(circulated ? JSON.stringify(circulated) : '')
  const given = useRef(initial ?? null)

  const refresh = useCallback(
    () =>
      api.releve.lifecycle({ meetingId }).then(
        (l) => {
          setLifecycle(l)
          onLoaded(l)
          const circulation = l.circulation ? JSON.stringify(l.circulation) : ''
          if (l.circulation && circulation !== shownCirculation.current) {
            shownCirculation.current = circulation
            setSentOn(l.circulation.sentOn)
            setRecipients(l.circulation.recipients)
            setDeadline(l.circulation.commentsDeadline ?? '')
          }
        },
        (e: unknown) => setError(errorMessage(e)),
      ),
    [meetingId, onLoaded],
  )
  useEffect(() => {
    const first = given.current
    given.current = null
    if (first === null) void refresh()
  }, [refresh])

  if (!lifecycle) return null
  const last = lifecycle.versions.at(-1)
  const done = (message: string | null, reload = false) => {
    setError(null)
    setNotice(message)
    if (reload) onChanged(message)
    else void refresh()
  }
  const fail = (e: unknown) => setError(errorMessage(e))

  const diffuse = () =>
    runAction(() => api.releve.diffuse({ meetingId, sentOn, recipients, commentsDeadline: deadline || null })).then(
      () => done(t('lifecycle.ui.diffuse.saved')),
      fail,
    )
  const adopt = () =>
    setConfirm({
      title: lifecycle.stage === 'erratum' ? t('lifecycle.ui.adopt.erratumButton') : t('lifecycle.ui.adopt.button'),
      message: t('lifecycle.ui.adopt.confirm'),
      confirmLabel: lifecycle.stage === 'erratum' ? t('lifecycle.ui.adopt.erratumButton') : t('lifecycle.ui.adopt.button'),
      onConfirm: async () => {
        const r = await runAction(() => api.releve.adopt({ meetingId, adoptedOn }))
        done(t('lifecycle.ui.adopt.done', { version: r.version }), true)
      },
    })
  const openErratum = () =>
    runAction(() => api.releve.openErratum({ meetingId, reason: reason ?? '' })).then(() => {
      setReason(null)
      done(null, true)
    }, fail)

  return (
    <section className="card lifecycle" aria-labelledby={LIFECYCLE_HEADING_ID}>
      <header className="lifecycle__header">
        <h2 id={LIFECYCLE_HEADING_ID} tabIndex={-1}>
          {t('lifecycle.ui.title')}
        </h2>
        <span className={`badge ${lifecycle.locked ? 'badge--adopted' : 'badge--draft'}`}>{t(`lifecycle.stages.${lifecycle.stage}`)}</span>
      </header>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      {notice ? (
        <div className="banner banner--info" role="status">
          {notice}
        </div>
      ) : null}

      {lifecycle.locked && last ? (
        <div className="banner lifecycle__lock" role="status" data-testid="releve-locked">
          <Lock size={18} aria-hidden />
          <div>
            <p className="lifecycle__lock-title">{t('lifecycle.ui.lockedBanner', { date: day(last.adoptedOn), version: last.version })}</p>
            {last.adoptedAtMeetingDate ? <p>{t('lifecycle.ui.lockedAt', { date: day(last.adoptedAtMeetingDate) })}</p> : null}
            <p>{t('lifecycle.ui.lockedReadOnly')}</p>
            <p>{t('lifecycle.ui.lockedHow')}</p>
            <p className="lifecycle__fingerprint">{t('lifecycle.ui.fingerprint', { fingerprint: last.fingerprint })}</p>
            {reason === null ? (
              <button type="button" className="btn btn--sm" onClick={() => setReason('')}>
                {t('lifecycle.ui.erratum.open')}
              </button>
            ) : (
              <div className="lifecycle__row">
                <Field label={t('lifecycle.ui.erratum.reason')} hint={t('lifecycle.ui.erratum.reasonHint')} className="lifecycle__grow">
                  {(c) => <input {...c} className="input" value={reason} onChange={(e) => setReason(e.target.value)} />}
                </Field>
                <button type="button" className="btn btn--primary btn--sm" onClick={() => void openErratum()}>
                  {t('lifecycle.ui.erratum.confirm')}
                </button>
                <button type="button" className="btn btn--sm" onClick={() => setReason(null)}>
                  {t('lifecycle.ui.erratum.cancel')}
                </button>
              </div>
            )}
          </div>
        </div>
      ) : null}

      {lifecycle.markedAdoptedOnly ? <p className="lifecycle__muted">{t('lifecycle.ui.markedAdoptedOnly')}</p> : null}
      {lifecycle.stage === 'erratum' ? (
        <div className="banner banner--info" role="status">
          {t('lifecycle.ui.erratumBanner', { reason: lifecycle.erratumReason ?? '' })}
        </div>
      ) : null}

      {!lifecycle.locked && lifecycle.stage !== 'erratum' ? (
        <div className="lifecycle__block">
          <h3>{t('lifecycle.ui.diffuse.title')}</h3>
          <div className="lifecycle__row">
            <Field label={t('lifecycle.ui.diffuse.sentOn')}>{(c) => <DateInput {...c} value={sentOn} onChange={setSentOn} />}</Field>
            <Field label={t('lifecycle.ui.diffuse.recipients')} hint={t('lifecycle.ui.diffuse.recipientsHint')} className="lifecycle__grow">
              {(c) => <input {...c} className="input" value={recipients} onChange={(e) => setRecipients(e.target.value)} />}
            </Field>
            <Field label={t('lifecycle.ui.diffuse.deadline')}>{(c) => <DateInput {...c} value={deadline} onChange={setDeadline} />}</Field>
            <button type="button" className="btn btn--sm" onClick={() => void diffuse()}>
              {t('lifecycle.ui.diffuse.save')}
            </button>
          </div>
          {lifecycle.circulation ? (
            <p className="lifecycle__muted">
              {t('lifecycle.ui.diffuse.summary', {
                sentOn: day(lifecycle.circulation.sentOn),
                recipients: lifecycle.circulation.recipients || t('lifecycle.ui.diffuse.nobody'),
              })}
              {lifecycle.circulation.commentsDeadline
                ? ` — ${t('lifecycle.ui.diffuse.summaryDeadline', { deadline: day(lifecycle.circulation.commentsDeadline) })}`
                : ''}
            </p>
          ) : null}
        </div>
      ) : null}

      {!lifecycle.locked ? (
        <div className="lifecycle__block">
          <h3>{t('lifecycle.ui.adopt.title')}</h3>
          <p className="lifecycle__muted">{t('lifecycle.ui.adopt.hint')}</p>
          <div className="lifecycle__row">
            <Field label={t('lifecycle.ui.adopt.date')}>{(c) => <DateInput {...c} value={adoptedOn} onChange={setAdoptedOn} />}</Field>
            <button type="button" className="btn btn--primary btn--sm" onClick={adopt}>
              {lifecycle.stage === 'erratum' ? t('lifecycle.ui.adopt.erratumButton') : t('lifecycle.ui.adopt.button')}
            </button>
          </div>
        </div>
      ) : null}

      <VersionsList lifecycle={lifecycle} onError={setError} />
      <ApprovalOffers
        lifecycle={lifecycle}
        onDone={(message) => done(message, true)}
        onError={setError}
        ask={setConfirm}
        runAction={runAction}
      />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </section>
  )
}
