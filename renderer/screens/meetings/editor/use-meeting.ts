import { useMemo, useSyncExternalStore } from 'react'
import type { Meeting } from '../../../../shared/domain/meetings'
import type { MeetingModel } from '../model/meeting-model'

/** The values a part of the editor shows; it re-renders only when one of them changes (by identity). */
export type MeetingWatch = (meeting: Meeting) => readonly unknown[]

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false
  return true
}

/** A snapshot getter that returns the same meeting object as long as the watched values are the same. */
function watchedSnapshot(model: MeetingModel, watch: MeetingWatch): () => Meeting {
  let seen: { meeting: Meeting; values: readonly unknown[] } | null = null
  return () => {
    const current = model.current
    if (seen !== null && (seen.meeting === current || sameValues(seen.values, watch(current)))) return seen.meeting
    seen = { meeting: current, values: watch(current) }
    return current
  }
}

/**
 * The meeting as a part of the editor sees it: a new object only when a value that part watches has
 * changed, so a key typed in one field re-renders the parts that show that field and no other.
 * Fields the part does not watch may be older in the object it gets; commands read the model itself.
 */
export function useMeetingWatch(model: MeetingModel, watch: MeetingWatch): Meeting {
  const getSnapshot = useMemo(() => watchedSnapshot(model, watch), [model, watch])
  return useSyncExternalStore(model.subscribe, getSnapshot)
}

/** An agenda's items without their discussion text, for the parts that show titles and headings. */
export function agendaOutline(meeting: Meeting): unknown[] {
  const values: unknown[] = []
  for (const item of meeting.agenda) {
    values.push(item.id, item.position, item.title, item.presenter, item.standing, item.discussionHeading, item.decisionsHeading)
  }
  return values
}
