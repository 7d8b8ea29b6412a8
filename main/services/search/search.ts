/**
 * Search over the whole database: the words typed, folded like the index, the last one taken as
 * the start of a word (so results come while typing); results grouped by kind, newest first (the latest
 * meetings, decisions, people added…: a secretariat looks for recent work first, and more words
 * narrow the rest down), each with a
 * snippet of the text as written, the words found marked, and the place Enter opens.
 */
import type { Db } from '../../db/connection'
import {
  SEARCH_KINDS,
  type SearchGroup,
  type SearchHit,
  type SearchKind,
  type SearchResults,
} from '../../../shared/domain/search'
import { searchTokens } from '../../../shared/text/fold'
import { buildSnippet } from '../../../shared/text/highlight'
import { personName } from '../../../shared/text/person-name'
import { organisationLabel } from '../../../shared/domain/directory'
import { formatLongDate } from '../../../shared/text/french-dates'
import { t } from '../../../shared/i18n/translate'
import {
  activitiesOf,
  agendaItemsOf,
  decisionsOf,
  engagementsOf,
  indexedTexts,
  matchIndex,
  meetingsOf,
  nextStepsOf,
  organisationsOf,
  peopleOf,
  type MeetingRef,
} from '../../db/repos/search/search'

/** At most this many words are searched; a pasted paragraph is cut, not refused. */
export const MAX_WORDS = 12

export interface SearchOptions {
  /** Results shown per kind (the others are counted). */
  perKind?: number
  /** Only these kinds. */
  kinds?: readonly SearchKind[]
}

/** The folded words a query searches: each once, the words past MAX_WORDS dropped. */
export function queryWords(query: string): string[] {
  return [...new Set(searchTokens(query))].slice(0, MAX_WORDS)
}

/** Searches every kind of text for `query`; see the module comment. */
export function search(db: Db, query: string, options: SearchOptions = {}): SearchResults {
  const words = queryWords(query)
  const perKind = options.perKind ?? 5
  const wanted = new Set(options.kinds ?? SEARCH_KINDS)
  const groups: SearchGroup[] = []
  for (const { kind, total, newest } of matchIndex(db, words, perKind)) {
    if (!wanted.has(kind)) continue
    const texts = indexedTexts(db, kind, newest)
    const rows = rowsOf(db, kind, newest)
    const hits: SearchHit[] = []
    for (const id of newest) {
      const hit = describe(rows, kind, id, buildSnippet(texts.get(id) ?? '', words))
      if (hit) hits.push(hit)
    }
    groups.push({ kind, total, hits })
  }
  return { words, groups }
}

const dateText = (date: string | null) => (date ? formatLongDate(date) : '')

function meetingContext(ref: MeetingRef): string {
  const meeting = ref.meetingTitle || t('search.titles.untitled')
  return ref.date ? t('search.context.meetingOn', { meeting, date: dateText(ref.date) }) : meeting
}

/** What the results of one kind name, read for all of them at once (one statement per kind). */
interface KindRows {
  meetings?: ReturnType<typeof meetingsOf>
  agendaItems?: ReturnType<typeof agendaItemsOf>
  decisions?: ReturnType<typeof decisionsOf>
  nextSteps?: ReturnType<typeof nextStepsOf>
  people?: ReturnType<typeof peopleOf>
  organisations?: ReturnType<typeof organisationsOf>
  engagements?: ReturnType<typeof engagementsOf>
  activities?: ReturnType<typeof activitiesOf>
}

function rowsOf(db: Db, kind: SearchKind, ids: readonly number[]): KindRows {
  switch (kind) {
    case 'meeting':
    case 'introduction':
      return { meetings: meetingsOf(db, ids) }
    case 'discussion':
      return { agendaItems: agendaItemsOf(db, ids) }
    case 'decision':
      return { decisions: decisionsOf(db, ids) }
    case 'action':
      return { nextSteps: nextStepsOf(db, ids) }
    case 'person':
      return { people: peopleOf(db, ids) }
    case 'organisation':
      return { organisations: organisationsOf(db, ids) }
    case 'engagement':
      return { engagements: engagementsOf(db, ids) }
    case 'activity':
      return { activities: activitiesOf(db, ids) }
  }
}

/** The title, context and target of one match; undefined if its row is gone. */
function describe(rows: KindRows, kind: SearchKind, id: number, snippet: SearchHit['snippet']): SearchHit | undefined {
  const base = { kind, id, snippet }
  switch (kind) {
    case 'meeting': {
      const m = rows.meetings?.get(id)
      if (!m) return undefined
      return {
        ...base,
        title: m.meetingTitle || t('search.titles.untitled'),
        context: dateText(m.date),
        date: m.date,
        target: { screen: 'meeting', meetingId: id, section: 'header' },
      }
    }
    case 'introduction': {
      const m = rows.meetings?.get(id)
      if (!m) return undefined
      return {
        ...base,
        title: t('search.titles.introduction', { meeting: m.meetingTitle || t('search.titles.untitled') }),
        context: dateText(m.date),
        date: m.date,
        target: { screen: 'meeting', meetingId: id, section: 'introduction' },
      }
    }
    case 'discussion': {
      const a = rows.agendaItems?.get(id)
      if (!a) return undefined
      return {
        ...base,
        title: a.title || t('search.titles.untitled'),
        context: meetingContext(a),
        date: a.date,
        target: { screen: 'meeting', meetingId: a.meetingId, section: 'discussions', itemId: id },
      }
    }
    case 'decision':
    case 'action': {
      const ref = kind === 'decision' ? rows.decisions?.get(id) : rows.nextSteps?.get(id)
      if (!ref) return undefined
      return {
        ...base,
        title: ref.meetingTitle || t('search.titles.untitled'),
        context: dateText(ref.date),
        date: ref.date,
        target: {
          screen: 'meeting',
          meetingId: ref.meetingId,
          section: kind === 'decision' ? 'decisions' : 'nextSteps',
          itemId: id,
        },
      }
    }
    case 'person': {
      const p = rows.people?.get(id)
      if (!p) return undefined
      return {
        ...base,
        title: personName(p),
        context: p.organisation ?? '',
        date: null,
        target: { screen: 'person', personId: id },
      }
    }
    case 'organisation': {
      const o = rows.organisations?.get(id)
      if (!o) return undefined
      return { ...base, title: organisationLabel(o), context: '', date: null, target: { screen: 'organisation', organisationId: id } }
    }
    case 'engagement': {
      const e = rows.engagements?.get(id)
      if (!e) return undefined
      return {
        ...base,
        title: t('search.titles.engagement', { number: e.number, title: e.title }),
        context: e.plan,
        date: null,
        target: { screen: 'engagement', engagementId: id },
      }
    }
    case 'activity': {
      const a = rows.activities?.get(id)
      if (!a) return undefined
      return {
        ...base,
        title: t('search.titles.activity', { engagement: a.engagementNumber, number: a.number, title: a.title }),
        context: t('search.context.engagementOf', { number: a.engagementNumber, title: a.engagementTitle }),
        date: null,
        target: { screen: 'engagement', engagementId: a.engagementId, activityId: id },
      }
    }
  }
}
