/**
 * Drafts of the « État d'avancement du plan » section: every engagement line typed but not yet
 * acknowledged by main is kept in local storage (by the autosave store) and put back on screen,
 * then saved again, when the section opens.
 */
import type { ChannelInput } from '../../../../shared/api/contract'
import type { MeetingPlanEngagement } from '../../../../shared/domain/plan'
import { readDrafts, type AutosaveStore } from '../../../components/autosave-store'
import { browserStorage } from '../../../components/use-autosave'

export type EngagementLineInput = ChannelInput<'meetingPlan/saveEngagement'>

/** A short, stable key for a database path, so drafts of two databases never mix. */
function databaseKey(path: string): string {
  let hash = 5381
  for (let i = 0; i < path.length; i += 1) hash = ((hash * 33) ^ path.charCodeAt(i)) >>> 0
  return hash.toString(36)
}

/** Where the plan drafts of one meeting live (apart from the editor's own drafts). */
export function planDraftPrefix(dbPath: string, meetingId: number): string {
  return `copil.plandraft.${databaseKey(dbPath)}.${meetingId}.`
}

/** The autosave key of an engagement's line. */
export function lineKey(engagementId: number): string {
  return `eng.${engagementId}`
}

function isLineInput(value: unknown, meetingId: number): value is EngagementLineInput {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    v.meetingId === meetingId &&
    typeof v.engagementId === 'number' &&
    (v.percent === null || typeof v.percent === 'number') &&
    typeof v.narrative === 'string' &&
    typeof v.replanning === 'string'
  )
}

/**
 * Sends again the lines typed at an earlier visit and never acknowledged, and returns them by
 * engagement, to be put back on screen over what main returns when their engagement is opened.
 */
export function restoreLines(store: AutosaveStore, prefix: string, meetingId: number): Map<number, EngagementLineInput> {
  const drafts = readDrafts(browserStorage(), prefix).filter(
    (d) => d.op.channel === 'meetingPlan/saveEngagement' && isLineInput(d.op.input, meetingId),
  )
  const lines = new Map<number, EngagementLineInput>()
  for (const d of drafts) {
    const line = d.op.input as EngagementLineInput
    lines.set(line.engagementId, line)
    if (!store.isLive(d.key)) store.schedule(d.key, d.op, { delayMs: 0 })
  }
  return lines
}

/** An engagement's line with what was typed for it (not yet acknowledged) put back as this meeting's entry. */
export function withLine(e: MeetingPlanEngagement, line: EngagementLineInput | undefined): MeetingPlanEngagement {
  if (line === undefined) return e
  return {
    ...e,
    origin: 'this_meeting',
    entry: {
      reportId: e.entry.reportId,
      percent: line.percent,
      narrative: line.narrative ?? '',
      replanning: line.replanning ?? '',
      difficulties: line.difficulties ?? e.entry.difficulties,
    },
  }
}
