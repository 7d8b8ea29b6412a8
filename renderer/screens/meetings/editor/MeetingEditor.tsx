import { memo, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowLeft, CheckCircle2, GripVertical, HelpCircle, ListPlus, Trash2 } from 'lucide-react'
import type { CommitteeDetail, Organisation } from '../../../../shared/domain/directory'
import type { ReleveLifecycle } from '../../../../shared/domain/lifecycle'
import { api, ApiError } from '../../../api/client'
import { systemInfo } from '../../../api/system-info'
import { readDrafts, type AutosaveStore } from '../../../components/autosave-store'
import { autosaveFor, browserStorage, useAutosaveGuards } from '../../../components/use-autosave'
import { errorMessage } from '../../../components/error-message'
import { applyDraft } from '../model/apply-draft'
import { MeetingActions } from '../model/meeting-actions'
import { MeetingModel } from '../model/meeting-model'
import { draftPrefix } from '../meeting-text'
import {
  EditorContext,
  LifecycleContext,
  PreloadContext,
  type EditorPreload,
  type MeetingEditorContext,
} from './editor-context'
import { loadMeetingPlan } from '../../plan/MeetingPlanSection'
import { EditorTopBar } from './EditorTopBar'
import { MEETING_SECTIONS, TOP_BAR_WATCH, type MeetingSection } from './sections'
import { useActionFocus } from './use-action-focus'
import { useMeetingWatch } from './use-meeting'
import { IdleToolbarWarmup } from '../minutes/IdleToolbar'
import { MaskIconWarmup } from '../../../components/MaskIcon'
import { ReleveLifecyclePanel } from '../../lifecycle/ReleveLifecyclePanel'
import { LockableSections } from '../../lifecycle/LockableSections'
import '../meetings.css'

interface Loaded {
  model: MeetingModel
  store: AutosaveStore
  committee: CommitteeDetail | null
  organisations: Organisation[]
  restored: number
  /** The relevé's state; null if it could not be read (the panel then reads it itself). */
  lifecycle: ReleveLifecycle | null
  preload: EditorPreload
  /** Which read this is: each read is drawn by an editor of its own (see MeetingEditor). */
  serial: number
}

let reads = 0

/** The same promise, its failure marked as handled until the editor's effect reads it. */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

type State = { kind: 'loading' } | { kind: 'error'; message: string; notFound: boolean } | ({ kind: 'ready' } & Loaded)

/** The value of a read that may fail without failing the editor: the section concerned reads it again. */
function settled<T>(promise: Promise<T>): Promise<T | undefined> {
  return promise.then(
    (value) => value,
    () => undefined,
  )
}

/**
 * Reads the meeting and what its sections show, all requested at once (the committee as soon as the
 * meeting names it), so that the editor is drawn in one pass; puts back any edit the server never
 * acknowledged (drafts), then saves those again.
 */
async function load(id: number): Promise<Loaded> {
  const meetingRead = api.meetings.get({ id })
  const infoRead = systemInfo()
  const organisationsRead = api.organisations.list({})
  const lifecycleRead = settled(api.releve.lifecycle({ meetingId: id }))
  const previousRead = settled(api.actions.previous({ meetingId: id }))
  const planRead = settled(infoRead.then((info) => loadMeetingPlan(id, info)))
  const committeeRead = meetingRead.then((meeting) => api.committees.get({ id: meeting.committeeId }))
  const [meeting, info, committee, organisations, lifecycle, previousActions, plan] = await Promise.all([
    meetingRead,
    infoRead,
    committeeRead,
    organisationsRead,
    lifecycleRead,
    previousRead,
    planRead,
  ])
  const prefix = draftPrefix(info.dbPath, id)
  const store = autosaveFor(prefix)
  const drafts = readDrafts(browserStorage(), prefix)
  const restoredMeeting = drafts.reduce((m, d) => applyDraft(m, d.op), meeting)
  const replay = drafts.filter((d) => !store.isLive(d.key))
  for (const d of replay) store.schedule(d.key, d.op, { delayMs: 0 })
  return {
    model: new MeetingModel(restoredMeeting),
    store,
    committee,
    organisations,
    restored: replay.length,
    lifecycle: lifecycle ?? null,
    preload: { previousActions, plan },
    serial: ++reads,
  }
}

/** The icons repeated in every row of the editor's lists, drawn once while the meeting loads (see MaskIcon). */
const ROW_ICONS = [
  [GripVertical, 16],
  [Trash2, 16],
  [ListPlus, 15],
  [CheckCircle2, 13],
  [HelpCircle, 13],
] as const

/** The meeting editor: loads the meeting, then shows its sections under a sticky bar. */
export function MeetingEditor({ id }: { id: number }) {
  const { t } = useTranslation()
  const [state, setState] = useState<State>({ kind: 'loading' })
  // Bumped after an adoption or an erratum: the meeting is read again (locked or editable).
  const [generation, setGeneration] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  // Set from the moment a new read is asked for until it replaces the editor on screen.
  const [replacing, setReplacing] = useState(false)
  // The first read is asked for as this editor is rendered, not once it is on screen: the requests
  // then leave while the previous screen is still being taken down and the loading line drawn.
  const [firstRead] = useState(() => quietly(load(id)))
  useEffect(() => {
    let alive = true
    const settle = (next: State) => {
      if (!alive) return
      setState(next)
      setReplacing(false)
    }
    ;(generation === 0 ? firstRead : load(id)).then(
      (loaded) => settle({ kind: 'ready', ...loaded }),
      (error: unknown) =>
        settle({
          kind: 'error',
          message: errorMessage(error),
          notFound: error instanceof ApiError && error.code === 'NOT_FOUND',
        }),
    )
    return () => {
      alive = false
    }
  }, [id, generation, firstRead])

  if (state.kind === 'loading') {
    return (
      <div className="page empty" aria-busy="true">
        {t('meetings.editor.loading')}
        <IdleToolbarWarmup />
        <MaskIconWarmup icons={ROW_ICONS} />
      </div>
    )
  }
  if (state.kind === 'error') {
    return (
      <div className="page">
        <a className="back-link" href="#/meetings">
          <ArrowLeft size={16} aria-hidden />
          {t('meetings.editor.back')}
        </a>
        <div className="banner banner--error" role="alert">
          {state.notFound ? t('meetings.editor.notFound') : t('meetings.editor.loadFailed', { message: state.message })}
        </div>
      </div>
    )
  }
  const reload = (message: string | null) => {
    setNotice(message)
    setReplacing(true)
    setGeneration((g) => g + 1)
  }
  // A new read (after an adoption or an erratum) is a new editor, whose panels start from what it read;
  // until it arrives, the editor read before stays on screen, inert: nothing typed or opened there
  // (a dialog, a field's text) could survive its replacement.
  return <LoadedEditor key={state.serial} {...state} reload={reload} notice={notice} replacing={replacing} afterAction={generation > 0} />
}

function LoadedEditor({
  model,
  store,
  committee,
  organisations,
  restored,
  lifecycle: initialLifecycle,
  preload,
  reload,
  notice,
  replacing,
  afterAction,
}: Loaded & { reload: (notice: string | null) => void; notice: string | null; replacing: boolean; afterAction: boolean }) {
  const { t } = useTranslation()
  // No subscription here: each section follows its own part of the meeting (sections.ts, `watch`).
  const [error, setError] = useState<string | null>(null)
  // An adopted relevé is locked: its sections stay readable but take no input (main refuses writes anyway).
  const [lifecycle, setLifecycle] = useState<ReleveLifecycle | null>(initialLifecycle)
  const locked = lifecycle?.locked ?? false
  // A lifecycle action (adoption, erratum, diffusion, approval put on the agenda) in progress.
  const [acting, setActing] = useState(false)
  const busy = acting || replacing
  const rememberFocus = useActionFocus(busy, afterAction)
  // What was typed is saved first (an adoption builds the relevé from what is stored, then locks it);
  // the editor takes no input until the action is over and, if it reloads, until it is replaced.
  const runAction = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T> => {
      rememberFocus()
      setActing(true)
      try {
        await store.flush()
        return await action()
      } finally {
        setActing(false)
      }
    },
    [store, rememberFocus],
  )
  useAutosaveGuards(store, t('meetings.save.unloadWarning'))
  const actions = useMemo(() => new MeetingActions(model, store), [model, store])
  // Organisations created from the editor's person form are offered at once, without a reload.
  const [orgs, setOrgs] = useState<readonly Organisation[]>(organisations)
  const context = useMemo<MeetingEditorContext>(
    () => ({
      actions,
      store,
      committee,
      organisations: orgs,
      organisationCreated: (o) =>
        setOrgs((list) => [...list.filter((x) => x.id !== o.id), o].sort((a, b) => a.name.localeCompare(b.name, 'fr'))),
      reportError: setError,
    }),
    [actions, store, committee, orgs],
  )
  return (
    <EditorContext.Provider value={context}>
      <LifecycleContext.Provider value={lifecycle}>
        <PreloadContext.Provider value={preload}>
          {busy ? (
            <div className="lifecycle-busy" role="status">
              {t('lifecycle.ui.updating')}
            </div>
          ) : null}
          <div className="editor" inert={busy} aria-busy={busy || undefined}>
            <TopBar model={model} />
            <div className="editor__body">
              {restored > 0 ? (
                <div className="banner banner--info" role="status">
                  {t('meetings.editor.restoredDrafts', { count: restored })}
                </div>
              ) : null}
              {error ? (
                <div className="banner banner--error" role="alert">
                  <span className="banner__text">{error}</span>
                  <button type="button" className="btn btn--sm" onClick={() => setError(null)}>
                    {t('ui.common.close')}
                  </button>
                </div>
              ) : null}
              <ReleveLifecyclePanel
                meetingId={model.getSnapshot().id}
                initial={initialLifecycle}
                onChanged={reload}
                onLoaded={setLifecycle}
                runAction={runAction}
                notice={notice}
              />
              <LockableSections locked={locked}>
                {MEETING_SECTIONS.map((section) => (
                  <SectionHost key={section.id} section={section} model={model} />
                ))}
              </LockableSections>
            </div>
          </div>
        </PreloadContext.Provider>
      </LifecycleContext.Provider>
    </EditorContext.Provider>
  )
}

function TopBar({ model }: { model: MeetingModel }) {
  return <EditorTopBar meeting={useMeetingWatch(model, TOP_BAR_WATCH)} sections={MEETING_SECTIONS} />
}

/** One section, re-rendered only when a value it watches changes. */
const SectionHost = memo(function SectionHost({ section, model }: { section: MeetingSection; model: MeetingModel }) {
  const { t } = useTranslation()
  const meeting = useMeetingWatch(model, section.watch)
  const { id, titleKey, Component } = section
  return (
    <section
      id={`section-${id}`}
      className="editor-section"
      aria-labelledby={`section-${id}-title`}
      data-testid={`editor-section-${id}`}
    >
      <h2 id={`section-${id}-title`} className="editor-section__title" tabIndex={-1}>
        {t(titleKey)}
      </h2>
      <Component meeting={meeting} />
    </section>
  )
})
