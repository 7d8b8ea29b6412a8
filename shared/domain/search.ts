/** Full-text search over the whole database (Ctrl+K, `copil search`). */

/** What a result is, in the order the groups are shown. */
export const SEARCH_KINDS = [
  'decision',
  'discussion',
  'introduction',
  'action',
  'meeting',
  'engagement',
  'activity',
  'person',
  'organisation',
] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** The index row id is `id × 16 + code` (migration 13); codes never change. */
export const SEARCH_KIND_CODES: Readonly<Record<SearchKind, number>> = {
  meeting: 1,
  introduction: 2,
  discussion: 3,
  decision: 4,
  action: 5,
  person: 6,
  organisation: 7,
  engagement: 8,
  activity: 9,
}

/** A piece of a snippet: the text as written, `match` when it is a word the search found. */
export interface SnippetPart {
  text: string
  match: boolean
}

/** Where Enter takes the user. */
export type SearchTarget =
  | {
      screen: 'meeting'
      meetingId: number
      section: 'header' | 'introduction' | 'discussions' | 'decisions' | 'nextSteps'
      /** The agenda item, decision or next step within the section. */
      itemId?: number
    }
  | { screen: 'person'; personId: number }
  | { screen: 'organisation'; organisationId: number }
  | { screen: 'engagement'; engagementId: number; activityId?: number }

export interface SearchHit {
  kind: SearchKind
  /** The row's id in its own table. */
  id: number
  /** One line naming the result (a meeting's title, a person's name, « Engagement 3 — … »). */
  title: string
  /** Where it is (the meeting and its date, the organisation…), or ''. */
  context: string
  /** ISO date of the meeting it belongs to, when it belongs to one. */
  date: string | null
  snippet: SnippetPart[]
  target: SearchTarget
}

export interface SearchGroup {
  kind: SearchKind
  /** Every match of this kind, even beyond the hits returned. */
  total: number
  hits: SearchHit[]
}

export interface SearchResults {
  /** The words searched, folded (empty when the query has none). */
  words: string[]
  groups: SearchGroup[]
}
