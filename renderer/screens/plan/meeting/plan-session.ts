/**
 * What every engagement line of a meeting's plan section shares: the meeting, the autosave store,
 * the lines typed at an earlier visit and not yet acknowledged, and the lines already read (kept
 * with what was typed in them, so closing and reopening an engagement neither reads it again nor
 * loses a key). Held outside React state: typing in one line re-renders that line only.
 */
import { useSyncExternalStore } from 'react'
import type { MeetingPlanEngagement } from '../../../../shared/domain/plan'
import type { AutosaveStore, SaveProblem } from '../../../components/autosave-store'
import type { EngagementLineInput } from './meeting-drafts'
import { lineKey } from './meeting-drafts'
import { useSaveProblem } from '../../../components/use-autosave'

export interface MeetingPlanSession {
  meetingId: number
  meetingDate: string | undefined
  store: AutosaveStore
  /** Lines typed at an earlier visit and not yet acknowledged, by engagement. */
  drafts: ReadonlyMap<number, EngagementLineInput>
  /** Lines read (and edited since), by engagement. */
  lines: Map<number, MeetingPlanEngagement>
}

/** The save problem of one engagement's line, re-rendering only when it changes. */
export function useLineProblem(store: AutosaveStore, engagementId: number): SaveProblem | null {
  return useSaveProblem(store, lineKey(engagementId))
}

/** Whether one engagement's line waits for its save. */
export function useLinePending(store: AutosaveStore, engagementId: number): boolean {
  const key = lineKey(engagementId)
  return useSyncExternalStore(store.subscribe, () => store.isLive(key))
}
