import { createContext, useContext } from 'react'
import type { CommitteeDetail, Organisation } from '../../../../shared/domain/directory'
import type { ReleveLifecycle } from '../../../../shared/domain/lifecycle'
import type { PreviousAction } from '../../../../shared/domain/registers'
import type { MeetingPlanLoaded } from '../../plan/MeetingPlanSection'
import type { AutosaveStore } from '../../../components/autosave-store'
import type { MeetingActions } from '../model/meeting-actions'

/** What every section of the editor can reach besides the meeting itself. */
export interface MeetingEditorContext {
  actions: MeetingActions
  store: AutosaveStore
  /** The meeting's committee (quorum, members); null if it could not be read. */
  committee: CommitteeDetail | null
  organisations: readonly Organisation[]
  /** Adds an organisation just created (from the person form) to `organisations`. */
  organisationCreated: (organisation: Organisation) => void
  /** Shows a French error in the editor (an immediate action that failed). */
  reportError: (message: string) => void
}

export const EditorContext = createContext<MeetingEditorContext | null>(null)

/** The editor's actions and reference data; only inside a meeting editor. */
export function useMeetingEditor(): MeetingEditorContext {
  const context = useContext(EditorContext)
  if (!context) throw new Error('useMeetingEditor outside of the meeting editor')
  return context
}

/**
 * Where the relevé stands (stage, versions); null if it could not be read. Apart from the rest of
 * the context: only the header shows it, so reading it again re-renders the header and no other section.
 */
export const LifecycleContext = createContext<ReleveLifecycle | null>(null)

export function useReleveLifecycle(): ReleveLifecycle | null {
  return useContext(LifecycleContext)
}

/**
 * What the editor read for sections that otherwise load on their own, requested together with the
 * meeting so that every section is drawn in the same pass; absent (undefined) when that read failed,
 * and the section then reads it itself. Outside the editor: nothing.
 */
export interface EditorPreload {
  previousActions?: PreviousAction[]
  /** The plan section's first state (outline and session), as its own loader returns it. */
  plan?: MeetingPlanLoaded
}

export const PreloadContext = createContext<EditorPreload>({})

export function useEditorPreload(): EditorPreload {
  return useContext(PreloadContext)
}
