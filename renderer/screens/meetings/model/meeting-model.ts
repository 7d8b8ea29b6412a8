/**
 * The meeting being edited, held outside React so that every command reads the latest state
 * synchronously (two fields of one item changed within one frame must not overwrite each other).
 * Updates are immutable: an unchanged item keeps its identity, so memoised rows do not re-render.
 */
import type { Meeting } from '../../../../shared/domain/meetings'

export class MeetingModel {
  private readonly listeners = new Set<() => void>()

  constructor(private meeting: Meeting) {}

  get current(): Meeting {
    return this.meeting
  }

  /** Replaces the meeting with `fn(meeting)` and notifies subscribers. */
  update(fn: (meeting: Meeting) => Meeting): Meeting {
    const next = fn(this.meeting)
    if (next !== this.meeting) {
      this.meeting = next
      for (const listener of this.listeners) listener()
    }
    return next
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): Meeting => this.meeting
}

/** Replaces the element with the given id by `fn(element)`. */
export function replaceById<T extends { id: number }>(list: readonly T[], id: number, fn: (item: T) => T): T[] {
  return list.map((item) => (item.id === id ? fn(item) : item))
}

/** Puts a list in the order of `ids`; elements missing from `ids` keep their relative order at the end. */
export function orderByIds<T extends { id: number; position: number }>(
  list: readonly T[],
  ids: readonly number[],
): T[] {
  const rank = new Map(ids.map((id, index) => [id, index]))
  const sorted = [...list].sort(
    (a, b) => (rank.get(a.id) ?? ids.length + a.position) - (rank.get(b.id) ?? ids.length + b.position),
  )
  return sorted.map((item, index) => (item.position === index + 1 ? item : { ...item, position: index + 1 }))
}

/** Moves the element at `from` to `to`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  const [item] = next.splice(from, 1)
  if (item !== undefined) next.splice(to, 0, item)
  return next
}
