import { z } from 'zod'
import { channel, as } from '../channel'
import { Text } from '../schemas'
import { SEARCH_KINDS, type SearchResults } from '../../domain/search'

export const searchChannels = {
  /**
   * Meetings, introductions, discussions, decisions, actions, people, organisations, engagements
   * and activities holding every word typed (the last as the start of a word; accents, case and Arabic
   * short vowels ignored), grouped by kind, newest first, with a snippet of each.
   */
  'search/query': channel(
    z
      .object({
        query: Text(1_000),
        /** Results per kind (the others are counted). */
        perKind: z.number().int().min(1).max(50).default(5),
        kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
      })
      .strict(),
    as<SearchResults>(),
  ),
} as const
