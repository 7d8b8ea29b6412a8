import { createContext, useContext } from 'react'
import type { CommitteeDetail, Organisation } from '../../../../shared/domain/directory'
import type { ReleveLifecycle } from '../../../../shared/domain/lifecycle'
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
  /** Where the relevé stands (stage, versions); null until read. The header shows it read-only. */
  lifecycle: ReleveLifecycle | null
}

export const EditorContext = createContext<MeetingEditorContext | null>(null)

/** The editor's actions and reference data; only inside a meeting editor. */
export function useMeetingEditor(): MeetingEditorContext {
  const context = useContext(EditorContext)
  if (!context) throw new Error('useMeetingEditor outside of the meeting editor')
  return context
}
