import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, NoInput, Text } from '../schemas'
import type { HistoryActor, HistoryPage, TrashItem } from '../../domain/history'

// Older entries are asked for from the id of the last one shown.
const Before = Id.nullable().optional()

export const historyChannels = {
  /** The changes of a meeting and of everything in it, newest first, one page at a time. */
  'history/meeting': channel(z.object({ meetingId: Id, before: Before }).strict(), as<HistoryPage>()),
  /** The changes of an engagement, its activities, progress and replanning, newest first. */
  'history/engagement': channel(z.object({ engagementId: Id, before: Before }).strict(), as<HistoryPage>()),
  /** What the « Corbeille » holds (deleted less than 30 days ago), most recent first. */
  'history/trash': channel(NoInput, as<TrashItem[]>()),
  /** Puts a deleted item back with what its deletion took along; refused in French on a same-name item. */
  'history/restore': channel(z.object({ trashId: Id }).strict(), as<TrashItem>()),
  /** The name recorded with each change (« Votre nom (pour l'historique) ») and its default. */
  'history/actor': channel(NoInput, as<HistoryActor>()),
  /** Sets that name; blank goes back to the default. */
  'history/setActor': channel(z.object({ name: Text(1_000) }).strict(), as<HistoryActor>()),
} as const
