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
 */
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingPlan, MeetingPlanEngagement } from '../../../shared/domain/plan'
import type { Meeting } from '../../../shared/domain/meetings'
import { api } from '../../api/client'
import type { AutosaveStore } from '../../components/autosave-store'
import { SaveIndicator } from '../../components/SaveIndicator'
import { autosaveFor, useAutosaveGuards, useAutosaveSnapshot } from '../../components/use-autosave'
import { useLoad } from './parts/use-load'
import { LoadFailure } from './parts/LoadFailure'
import { longDate } from './parts/format'
import { EngagementEntryCard } from './meeting/EngagementEntryCard'
import { planDraftPrefix, restoreDrafts } from './meeting/meeting-drafts'
import './plan.css'

interface Loaded {
  plan: MeetingPlan
  store: AutosaveStore
  restored: number
}

async function load(meetingId: number): Promise<Loaded> {
  const info = await api.system.info({})
  const prefix = planDraftPrefix(info.dbPath, meetingId)
  const store = autosaveFor(prefix)
  // Lines still waiting from an earlier visit are sent before reading, so the read includes
  // them; any that still fail stay in the drafts and are put back on top of what main returned.
  await store.flush()
  const plan = await api.meetingPlan.get({ meetingId })
  return { ...restoreDrafts(plan, store, prefix), store }
}

/** The section as the meeting editor's MEETING_SECTIONS expects it (the editor draws the title). */
export function MeetingPlanEditorSection({ meeting }: { meeting: Meeting }) {
  return <MeetingPlanSection meetingId={meeting.id} withTitle={false} />
}

/** « État d'avancement du plan » of one meeting; `withTitle` (default true) draws its own heading. */
export function MeetingPlanSection({ meetingId, withTitle = true }: { meetingId: number; withTitle?: boolean }) {
  const { t } = useTranslation()
  const loader = useCallback(() => load(meetingId), [meetingId])
  const loaded = useLoad(loader)
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

function LoadedSection({ data }: { data: Loaded }) {
  const { t } = useTranslation()
  const { plan, store } = data
  useAutosaveGuards(store, t('planUi.meetingSection.unloadWarning'))
  const snapshot = useAutosaveSnapshot(store)
  const meetingDate = plan.meeting.date ?? undefined
  const axes = useMemo(() => groupByAxis(plan.engagements), [plan.engagements])

  if (plan.plan === null) {
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
            <strong>{t('planUi.meetingSection.planLine', { title: plan.plan.title })}</strong>
            {plan.meeting.date ? ` · ${t('planUi.meetingSection.meetingLine', { title: plan.meeting.title, date: longDate(plan.meeting.date) })}` : ''}
          </p>
          <p>{t('planUi.meetingSection.intro')}</p>
        </div>
        <SaveIndicator snapshot={snapshot} />
      </div>
      {plan.engagements.length === 0 ? <div className="card empty">{t('planUi.meetingSection.noEngagements')}</div> : null}
      {axes.map(({ axis, engagements }) => (
        <section key={axis.id} className="meeting-plan__axis" aria-label={`${t('planUi.overview.axis', { position: axis.position })} — ${axis.title}`}>
          <h3 className="meeting-plan__axis-title">
            <span className="plan-eyebrow">{t('planUi.overview.axis', { position: axis.position })}</span> {axis.title}
          </h3>
          {engagements.map((e) => (
            <EngagementEntryCard
              key={e.engagementId}
              engagement={e}
              meetingId={plan.meeting.id}
              meetingDate={meetingDate}
              store={store}
              problem={snapshot.problems.get(`eng.${e.engagementId}`) ?? null}
            />
          ))}
        </section>
      ))}
    </div>
  )
}

function groupByAxis(engagements: readonly MeetingPlanEngagement[]) {
  const groups: { axis: MeetingPlanEngagement['axis']; engagements: MeetingPlanEngagement[] }[] = []
  for (const e of engagements) {
    const last = groups[groups.length - 1]
    if (last !== undefined && last.axis.id === e.axis.id) last.engagements.push(e)
    else groups.push({ axis: e.axis, engagements: [e] })
  }
  return groups
}
