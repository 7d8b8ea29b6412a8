/** History of changes and the « Corbeille », as the renderer receives them. */

/** One recorded change of one row: only the fields that changed (every field of a deleted row). */
export interface HistoryEntry {
  id: number
  /** ISO instant (UTC) of the change. */
  at: string
  /** The name set in Paramètres when the change was made. */
  actor: string
  /** Rows written by the same save share it. */
  saveId: string
  table: string
  op: 'insert' | 'update' | 'delete'
  /** Short reference of the row (« 3 » for decision 3, a title, a name). */
  ref: string
  fields: string[]
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

/** A page of history, newest first; `nextBefore` asks for the older entries. */
export interface HistoryPage {
  entries: HistoryEntry[]
  nextBefore: number | null
}

export type TrashKind = 'meeting' | 'person' | 'organisation' | 'decision' | 'nextStep'

/** One item of the « Corbeille ». */
export interface TrashItem {
  id: number
  kind: TrashKind
  label: string
  deletedAt: string
  actor: string
}

/** The name recorded with changes and the one used when none is set. */
export interface HistoryActor {
  name: string
  defaultName: string
}

/** The longest name one may set for the history. */
export const ACTOR_MAX_CHARS = 80

/** How long deleted items stay in the « Corbeille », in days. */
export const TRASH_DAYS = 30
