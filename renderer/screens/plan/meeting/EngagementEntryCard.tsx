import { memo, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckCircle2, Clock, History } from 'lucide-react'
import type { MeetingPlanActivity, MeetingPlanEngagement } from '../../../../shared/domain/plan'
import { formatPercent, progressBand } from '../../../../shared/plan/bands'
import { Field } from '../../../components/Field'
import { saveOp } from '../../../components/use-autosave'
import { BandLabel } from '../parts/Band'
import { longDate } from '../parts/format'
import { ActivityPlanRow } from './ActivityPlanRow'
import { lineKey } from './meeting-drafts'
import { useLinePending, useLineProblem, type MeetingPlanSession } from './plan-session'

interface Draft {
  percent: string
  narrative: string
  replanning: string
}

/** '' → null (keep the computed figure); « 72 », « 72,5 » → number; anything else → undefined (refused). */
function readPercent(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.').replace(/\s*%$/, '')
  if (trimmed === '') return null
  const n = Number(trimmed)
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined
}

/** Activities shown at once; a longer list shows the next ones on request. */
const ACTIVITY_PAGE = 30

/**
 * An opened engagement in the meeting: figure, narrative and replanning (autosaved), and its
 * activities. It keeps its own state: a key typed here re-renders this engagement only.
 */
export const EngagementEntryForm = memo(function EngagementEntryForm({ line: e, session }: { line: MeetingPlanEngagement; session: MeetingPlanSession }) {
  const { t } = useTranslation()
  const { meetingId, meetingDate, store } = session
  const [draft, setDraft] = useState<Draft>({
    percent: e.entry.percent === null ? '' : String(e.entry.percent).replace('.', ','),
    narrative: e.entry.narrative,
    replanning: e.entry.replanning,
  })
  const [copied, setCopied] = useState(e.origin === 'previous')
  const [touched, setTouched] = useState(false)
  const problem = useLineProblem(store, e.engagementId)
  const pending = useLinePending(store, e.engagementId)
  const [activities, setActivities] = useState<MeetingPlanActivity[]>(e.activities)
  const [shown, setShown] = useState(ACTIVITY_PAGE)
  const percentValue = readPercent(draft.percent)

  // The session keeps the line as typed, so that closing and reopening the engagement shows it.
  const remember = (next: Partial<MeetingPlanEngagement>) => {
    const known = session.lines.get(e.engagementId) ?? e
    session.lines.set(e.engagementId, { ...known, ...next })
  }
  const save = (next: Draft) => {
    const percent = readPercent(next.percent)
    // A figure out of range stays on screen with its message; the texts wait for it to be fixed.
    if (percent === undefined) return
    store.schedule(
      lineKey(e.engagementId),
      saveOp('meetingPlan/saveEngagement', {
        meetingId,
        engagementId: e.engagementId,
        percent,
        narrative: next.narrative,
        replanning: next.replanning,
        difficulties: e.entry.difficulties,
      }),
    )
    remember({ origin: 'this_meeting', entry: { ...e.entry, percent, narrative: next.narrative, replanning: next.replanning } })
    setCopied(false)
    setTouched(true)
  }
  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    save(next)
  }
  // Stable, so that a key typed in the texts does not re-render the (memoised) activity rows.
  const activitySaved = useCallback(
    (next: MeetingPlanActivity) =>
      setActivities((list) => {
        const updated = list.map((x) => (x.id === next.id ? next : x))
        const known = session.lines.get(e.engagementId) ?? e
        session.lines.set(e.engagementId, { ...known, activities: updated })
        return updated
      }),
    [session, e],
  )

  const fieldError = (name: string) => problem?.fields[name] ?? null
  return (
    <div className="entry-card__body" data-testid="meeting-engagement-body">
      {(touched && problem === null) || copied ? (
        <div className="entry-card__status">
          {touched && problem === null ? (
            <span className="entry-card__saved" data-testid="entry-save-state">
              {/* Still while typing (the section's indicator turns while the call is on its way). */}
              {pending ? <Clock size={13} aria-hidden /> : <CheckCircle2 size={13} aria-hidden />}
              {pending ? t('ui.common.saving') : t('ui.common.saved')}
            </span>
          ) : null}
          {copied ? (
            <>
              <span className="flag flag--muted entry-card__copied">
                <History size={12} aria-hidden />
                {e.previousMeeting?.date
                  ? t('planUi.meetingSection.fromPrevious', { date: longDate(e.previousMeeting.date) })
                  : t('planUi.meetingSection.fromPreviousDate', { date: e.previousDate ? longDate(e.previousDate) : '' })}
              </span>
              <button type="button" className="btn btn--sm btn--ghost" title={t('planUi.meetingSection.keepAsIsTitle')} onClick={() => save(draft)}>
                {t('planUi.meetingSection.keepAsIs')}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      <div className="entry-card__grid">
        <Field
          label={t('planUi.meetingSection.percent')}
          className="entry-card__percent"
          error={percentValue === undefined ? t('planUi.meetingSection.percentError') : fieldError('percent')}
          hint={
            <>
              {t('planUi.meetingSection.percentHint', { percent: formatPercent(e.currentPercent) })}{' '}
              {percentValue !== undefined && percentValue !== null ? <BandLabel band={progressBand(percentValue)} /> : null}
            </>
          }
        >
          {(p) => (
            <input
              {...p}
              className="input"
              inputMode="decimal"
              data-testid="engagement-percent"
              value={draft.percent}
              placeholder={formatPercent(e.currentPercent).replace(/\u00a0%$/, '')}
              onChange={(ev) => change({ percent: ev.target.value })}
            />
          )}
        </Field>
        <Field label={t('planUi.meetingSection.narrative')} className="entry-card__text" error={fieldError('narrative')}>
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={2}
              data-testid="engagement-narrative"
              value={draft.narrative}
              onChange={(ev) => change({ narrative: ev.target.value })}
            />
          )}
        </Field>
        <Field label={t('planUi.meetingSection.replanning')} className="entry-card__text" error={fieldError('replanning')}>
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={2}
              data-testid="engagement-replanning"
              value={draft.replanning}
              onChange={(ev) => change({ replanning: ev.target.value })}
            />
          )}
        </Field>
      </div>
      {problem && Object.keys(problem.fields).length === 0 ? (
        <p className="form-error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {activities.length > 0 ? (
        <div className="entry-card__activities">
          <h5 className="entry-card__subtitle">{t('planUi.meetingSection.activities')}</h5>
          <ul className="activity-plan-list">
            {activities.slice(0, shown).map((a) => (
              <ActivityPlanRow
                key={`${a.id}:${a.current.text}:${a.replanHere?.id ?? 0}:${a.replanHere?.kind ?? ''}:${a.replanHere?.reason ?? ''}`}
                activity={a}
                meetingId={meetingId}
                meetingDate={meetingDate}
                store={store}
                onSaved={activitySaved}
              />
            ))}
          </ul>
          {activities.length > shown ? (
            <button type="button" className="btn btn--sm btn--ghost" onClick={() => setShown((n) => n + ACTIVITY_PAGE)}>
              {t('planUi.meetingSection.moreActivities', { count: Math.min(ACTIVITY_PAGE, activities.length - shown) })}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  )
})
