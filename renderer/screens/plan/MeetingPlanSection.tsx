/**
 * « État d'avancement du plan » of a meeting, to be mounted in the meeting editor:
 *
 *   <MeetingPlanSection meetingId={meeting.id} />              // standalone, with its own <h2>
 *   <MeetingPlanSection meetingId={meeting.id} withTitle={false} />  // under the editor's section title
 *
 * For each engagement of the plan the meeting's committee follows: the progress figure, the
 * « état d'avancement » and the « nouvelle planification des actions restantes », pre-filled from
 * the previous report and autosaved (meetingPlan/saveEngagement, 600 ms after typing stops, with
 * local drafts so nothing typed is lost); and each activity's planned period, which, changed and
 * confirmed here, records a replan decided by this meeting (meetingPlan/replanActivity).
 * The section keeps its own save indicator and autosave store (drafts under `copil.plandraft.`).
 *
 * It stays light whatever the plan's size: it reads summary lines only (meetingPlan/outline), shows
 * the engagements closed and a page at a time, and reads an engagement's form and activities when
 * it is opened (meetingPlan/engagement). A key typed in one engagement re-renders that one only.
 */
import { memo, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingPlanEngagementSummary, MeetingPlanOutline } from '../../../shared/domain/plan'
import type { Meeting } from '../../../shared/domain/meetings'
import { api } from '../../api/client'
import { systemInfo } from '../../api/system-info'
import type { AutosaveStore } from '../../components/autosave-store'
import { SaveIndicator } from '../../components/SaveIndicator'
import { ShowMore } from '../../components/ShowMore'
import { autosaveFor, useAutosaveGuards, useAutosaveSnapshot } from '../../components/use-autosave'
import { useLoad } from './parts/use-load'
import { useEditorPreload } from '../meetings/editor/editor-context'
import { LoadFailure } from './parts/LoadFailure'
import { longDate } from './parts/format'
import { EngagementRow } from './meeting/EngagementRow'
import { planDraftPrefix, restoreLines } from './meeting/meeting-drafts'
import type { MeetingPlanSession } from './meeting/plan-session'
import './plan.css'

/** Engagements mounted at first, and added each time the end of the list comes near. */
const PAGE = 20

export interface MeetingPlanLoaded {
  outline: MeetingPlanOutline
  session: MeetingPlanSession
}
type Loaded = MeetingPlanLoaded

/**
 * The section's first state; the editor calls it together with the meeting's own reads (giving the
 * database path it already has) so that the section is drawn with the rest.
 */
export async function loadMeetingPlan(meetingId: number, known?: { dbPath: string }): Promise<Loaded> {
  const info = known ?? (await systemInfo())
  const prefix = planDraftPrefix(info.dbPath, meetingId)
  const store = autosaveFor(prefix)
  // Lines still waiting from an earlier visit are sent before reading, so the read includes
  // them; any that still fail stay in the drafts and are put back on top of what main returns.
  await store.flush()
  const outline = await api.meetingPlan.outline({ meetingId })
  const drafts = restoreLines(store, prefix, meetingId)
  return {
    outline,
    session: { meetingId, meetingDate: outline.meeting.date ?? undefined, store, drafts, lines: new Map() },
  }
}

/** The section as the meeting editor's MEETING_SECTIONS expects it (the editor draws the title). */
export const MeetingPlanEditorSection = memo(
  function MeetingPlanEditorSection({ meeting }: { meeting: Meeting }) {
    const preloaded = useEditorPreload().plan
    const initial = preloaded?.session.meetingId === meeting.id ? preloaded : undefined
    return <MeetingPlanSection meetingId={meeting.id} withTitle={false} initial={initial} />
  },
  (a, b) => a.meeting.id === b.meeting.id,
)

/**
 * « État d'avancement du plan » of one meeting; `withTitle` (default true) draws its own heading;
 * `initial`, already read (by the editor, with loadMeetingPlan), is shown without reading it again.
 */
export function MeetingPlanSection({ meetingId, withTitle = true, initial }: { meetingId: number; withTitle?: boolean; initial?: Loaded }) {
  const { t } = useTranslation()
  const loader = useCallback(() => loadMeetingPlan(meetingId), [meetingId])
  const loaded = useLoad(loader, initial)
  const data = loaded.data
  return (
    <div className="meeting-plan" data-testid="meeting-plan-section">
      {withTitle ? <h2 className="plan-heading">{t('planUi.meetingSection.title')}</h2> : null}
      {loaded.error !== null ? (
        <LoadFailure message={t('planUi.meetingSection.loadFailed', { message: loaded.error })} onRetry={loaded.reload} />
      ) : null}
      {data === undefined ? (
        loaded.error === null ? <p className="muted" aria-busy="true">{t('planUi.meetingSection.loading')}</p> : null
      ) : (
        <LoadedSection data={data} />
      )}
    </div>
  )
}

/** The save state alone follows every change of the store. */
function LiveSaveIndicator({ store }: { store: AutosaveStore }) {
  return <SaveIndicator snapshot={useAutosaveSnapshot(store)} />
}

function LoadedSection({ data }: { data: Loaded }) {
  const { t } = useTranslation()
  const { outline, session } = data
  useAutosaveGuards(session.store, t('planUi.meetingSection.unloadWarning'))

  if (outline.plan === null) {
    return (
      <div className="card empty">
        <p>{t('planUi.meetingSection.noPlan')}</p>
        <a className="btn plan-import-link" href="#/plan/import">
          {t('planUi.meetingSection.importPlan')}
        </a>
      </div>
    )
  }
  return (
    <div className="meeting-plan__body">
      <div className="meeting-plan__bar">
        <div className="meeting-plan__intro">
          <p className="meeting-plan__line">
            <strong>{t('planUi.meetingSection.planLine', { title: outline.plan.title })}</strong>
            {outline.meeting.date ? ` · ${t('planUi.meetingSection.meetingLine', { title: outline.meeting.title, date: longDate(outline.meeting.date) })}` : ''}
          </p>
          <p>{t('planUi.meetingSection.intro')}</p>
        </div>
        <LiveSaveIndicator store={session.store} />
      </div>
      {outline.engagements.length === 0 ? <div className="card empty">{t('planUi.meetingSection.noEngagements')}</div> : null}
      <EngagementPages engagements={outline.engagements} session={session} />
    </div>
  )
}

/**
 * The engagements under their axes, a page at a time: the next page is mounted when the end of the
 * list comes near the screen (or on the button, for the keyboard), so a large plan costs what is seen.
 */
function EngagementPages({ engagements, session }: { engagements: readonly MeetingPlanEngagementSummary[]; session: MeetingPlanSession }) {
  const { t } = useTranslation()
  // Engagements with unsaved text from an earlier visit open by themselves: mount up to the last of them.
  const [count, setCount] = useState(() => {
    const last = engagements.reduce((n, e, index) => (session.drafts.has(e.engagementId) ? index + 1 : n), 0)
    return Math.max(PAGE, last)
  })
  const shown = useMemo(() => groupByAxis(engagements.slice(0, count)), [engagements, count])
  const rest = engagements.length - count
  const more = useCallback(() => setCount((n) => n + PAGE), [])
  return (
    <>
      {shown.map(({ axis, engagements: list }) => (
        <section key={axis.id} className="meeting-plan__axis" aria-label={`${t('planUi.overview.axis', { position: axis.position })} — ${axis.title}`}>
          <h3 className="meeting-plan__axis-title">
            <span className="plan-eyebrow">{t('planUi.overview.axis', { position: axis.position })}</span> {axis.title}
          </h3>
          {list.map((e) => (
            <EngagementRow key={e.engagementId} summary={e} session={session} />
          ))}
        </section>
      ))}
      <ShowMore rest={rest} onMore={more} label={t('planUi.meetingSection.moreEngagements', { count: Math.min(PAGE, rest), total: rest })} />
    </>
  )
}

function groupByAxis(engagements: readonly MeetingPlanEngagementSummary[]) {
  const groups: { axis: MeetingPlanEngagementSummary['axis']; engagements: MeetingPlanEngagementSummary[] }[] = []
  for (const e of engagements) {
    const last = groups[groups.length - 1]
    if (last !== undefined && last.axis.id === e.axis.id) last.engagements.push(e)
    else groups.push({ axis: e.axis, engagements: [e] })
  }
  return groups
}
