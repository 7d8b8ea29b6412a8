import { memo, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChevronDown, ChevronRight, History, PenLine } from 'lucide-react'
import type { MeetingPlanEngagement, MeetingPlanEngagementSummary } from '../../../../shared/domain/plan'
import { formatPercent, progressBand } from '../../../../shared/plan/bands'
import { api } from '../../../api/client'
import { errorMessage } from '../../../components/error-message'
import { BandLabel, ProgressBar } from '../parts/Band'
import { LoadFailure } from '../parts/LoadFailure'
import { longDate } from '../parts/format'
import { EngagementEntryForm } from './EngagementEntryCard'
import { withLine } from './meeting-drafts'
import type { MeetingPlanSession } from './plan-session'

type Opened = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; line: MeetingPlanEngagement }

/** The figure and origin the summary line shows: the line as last typed if it was opened, else the outline's. */
function summaryOf(s: MeetingPlanEngagementSummary, session: MeetingPlanSession) {
  const line = session.lines.get(s.engagementId)
  const draft = session.drafts.get(s.engagementId)
  if (line !== undefined) return { percent: line.entry.percent, origin: line.origin, previousDate: line.previousDate }
  if (draft !== undefined) return { percent: draft.percent, origin: 'this_meeting' as const, previousDate: null }
  return { percent: s.entryPercent, origin: s.origin, previousDate: s.previousDate }
}

/**
 * One engagement in the meeting's plan section: a summary line (figure, where it comes from, its
 * activities), opened on demand; opening reads that engagement only and shows its form.
 * An engagement with text typed at an earlier visit and not yet saved opens by itself.
 */
export const EngagementRow = memo(function EngagementRow({ summary: s, session }: { summary: MeetingPlanEngagementSummary; session: MeetingPlanSession }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(() => session.drafts.has(s.engagementId))
  const [opened, setOpened] = useState<Opened>(() => {
    const known = session.lines.get(s.engagementId)
    return known ? { kind: 'ready', line: known } : { kind: 'loading' }
  })
  const [attempt, setAttempt] = useState(0)
  const needsRead = open && opened.kind !== 'ready'
  useEffect(() => {
    if (!needsRead) return undefined
    let alive = true
    api.meetingPlan.engagement({ meetingId: session.meetingId, engagementId: s.engagementId }).then(
      (read) => {
        if (!alive) return
        // What was typed in this session, or at an earlier visit and not yet saved, wins over the read.
        const line = session.lines.get(s.engagementId) ?? withLine(read, session.drafts.get(s.engagementId))
        session.lines.set(s.engagementId, line)
        setOpened({ kind: 'ready', line })
      },
      (error: unknown) => alive && setOpened({ kind: 'error', message: errorMessage(error) }),
    )
    return () => {
      alive = false
    }
  }, [needsRead, attempt, session, s.engagementId])

  const shown = summaryOf(s, session)
  const percent = shown.percent ?? s.currentPercent
  const bodyId = `meeting-plan-eng-${s.engagementId}-body`
  return (
    <article className={`card entry-card${open ? ' entry-card--open' : ''}`} data-testid={`meeting-engagement-${s.number}`}>
      <h4 className="entry-plan-card-title">
        <button
          type="button"
          className="entry-card__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          data-testid="meeting-engagement-toggle"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? <ChevronDown size={16} aria-hidden className="entry-card__chevron" /> : <ChevronRight size={16} aria-hidden className="entry-card__chevron" />}
          <span className="entry-card__heading">
            <span className="entry-card__number">{t('planUi.meetingSection.engagementLabel', { number: s.number })}</span> {s.title}
          </span>
        </button>
      </h4>
      <p className="entry-card__summary" data-testid="meeting-engagement-summary">
        <span className="entry-card__figure">
          <ProgressBar percent={percent} size="sm" />
          <strong>{formatPercent(percent)}</strong>
          <BandLabel band={progressBand(percent)} />
        </span>
        {shown.origin === 'this_meeting' ? (
          <span className="flag entry-card__origin">
            <PenLine size={12} aria-hidden />
            {t('planUi.meetingSection.enteredHere')}
          </span>
        ) : shown.origin === 'previous' && shown.previousDate ? (
          <span className="flag flag--muted entry-card__origin">
            <History size={12} aria-hidden />
            {t('planUi.meetingSection.fromPreviousDate', { date: longDate(shown.previousDate) })}
          </span>
        ) : (
          <span className="muted">{t('planUi.meetingSection.noEntry')}</span>
        )}
        <span className="muted">
          {t('planUi.meetingSection.activityCount', { count: s.activityCount })}
          {s.replannedHere > 0 ? ` · ${t('planUi.meetingSection.replannedCount', { count: s.replannedHere })}` : ''}
        </span>
      </p>
      {open ? (
        <div id={bodyId}>
          {opened.kind === 'ready' ? (
            // The session's copy holds what was typed before the engagement was closed.
            <EngagementEntryForm line={session.lines.get(s.engagementId) ?? opened.line} session={session} />
          ) : opened.kind === 'error' ? (
            <LoadFailure
              message={opened.message}
              onRetry={() => {
                setOpened({ kind: 'loading' })
                setAttempt((n) => n + 1)
              }}
            />
          ) : (
            <p className="muted" aria-busy="true">
              {t('planUi.meetingSection.engagementLoading')}
            </p>
          )}
        </div>
      ) : null}
    </article>
  )
})
