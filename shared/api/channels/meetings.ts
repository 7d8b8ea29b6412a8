import { z } from 'zod'
import { channel, as } from '../channel'
import { CleanString, Id, IsoDate, Reorder, RequiredText, Text, Time } from '../schemas'
import { ATTENDANCE_STATUSES, DECISION_STYLES, DOCUMENT_LANGUAGES, MEETING_KINDS, MEETING_MODES, MEETING_STATUSES, NEXT_STEP_STATUSES } from '../../domain/vocabulary'
import { fr } from '../../i18n/fr'
import type { AgendaItem, Decision, Meeting, MeetingPage, NextStep } from '../../domain/meetings'
import { RICH_MARK_TYPES, RICH_NODE_TYPES } from '../../domain/rich-text'

const v = fr.validation

export const MeetingDateInput = z
  .object({ date: IsoDate, startTime: Time.nullable().default(null), endTime: Time.nullable().default(null) })
  .strict()
  .refine((d) => !d.startTime || !d.endTime || d.endTime > d.startTime, { error: v.endBeforeStart, path: ['endTime'] })

/** One to sixty dates, each once. */
export const MeetingDatesInput = z
  .array(MeetingDateInput)
  .min(1, { error: v.atLeastOneDate })
  .max(60)
  .refine((dates) => new Set(dates.map((d) => d.date)).size === dates.length, { error: v.duplicateDate })

export const MeetingHeaderInput = z
  .object({
    title: RequiredText(500),
    kind: z.enum(MEETING_KINDS),
    mode: z.enum(MEETING_MODES),
    place: Text(500).default(''),
    videoTool: Text(200).default(''),
    notes: Text(100_000).default(''),
    // Set on creation only; a change afterwards goes through the lifecycle (`releve/adopt`) and is refused here.
    status: z.enum(MEETING_STATUSES).optional(),
    dates: MeetingDatesInput,
  })
  .strict()

// The rich text is a ProseMirror document: checked for shape and size, stored as JSON.
const RichNode: z.ZodType = z.lazy(() =>
  z
    .object({
      type: z.enum(RICH_NODE_TYPES),
      text: CleanString().max(200_000).optional(),
      attrs: z.record(z.string(), z.union([CleanString().max(200), z.number(), z.boolean(), z.null()])).optional(),
      marks: z.array(z.object({ type: z.enum(RICH_MARK_TYPES) }).loose()).max(10).optional(),
      content: z.array(RichNode).max(5_000).optional(),
    })
    .strict(),
)
export const RichDocInput = z
  .object({ type: z.literal('doc'), content: z.array(RichNode).max(5_000).optional() })
  .strict()
  .refine((doc) => JSON.stringify(doc).length <= 2_000_000, { error: v.tooLong })

/**
 * Where a page of the meetings list starts: the first date and id of the last meeting of the previous
 * page, « 2020-07-15~42 » (« ~42 » for a meeting without a date), as `nextCursor` gave it.
 */
export const MeetingCursor = z
  .string()
  .max(40, { error: v.badCursor })
  .regex(/^(\d{4}-\d{2}-\d{2})?~[1-9]\d{0,14}$/, { error: v.badCursor })

export const meetingChannels = {
  /** A page of meetings, newest first, filtered by committee, year, status or title; `cursor` from the previous page. */
  'meetings/list': channel(
    z
      .object({
        committeeId: Id.optional(),
        year: z.number().int().min(1900).max(2200).optional(),
        status: z.enum(MEETING_STATUSES).optional(),
        search: Text(200).optional(),
        cursor: MeetingCursor.optional(),
        limit: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    as<MeetingPage>(),
  ),
  /** One meeting with its attendance, agenda, discussions, decisions and next steps. */
  'meetings/get': channel(z.object({ id: Id }).strict(), as<Meeting>()),
  /** Creates a meeting of a committee, its attendance pre-filled with the current members (« à confirmer »). */
  'meetings/create': channel(z.object({ committeeId: Id, header: MeetingHeaderInput }).strict(), as<Meeting>()),
  /** Creates the next meeting from the previous one: members reset to « à confirmer », standing agenda items, mode and place. */
  'meetings/createFromPrevious': channel(
    z.object({ previousId: Id, dates: MeetingDatesInput }).strict(),
    as<Meeting>(),
  ),
  /** Saves the header (title, kind, dates, mode, place, notes); a status other than the stored one is refused (CONFLICT). */
  'meetings/saveHeader': channel(z.object({ id: Id, header: MeetingHeaderInput }).strict(), as<{ updatedAt: string }>()),
  /** Saves the introduction printed before « Points discutés » (rich text). */
  'meetings/saveIntroduction': channel(
    z.object({ id: Id, introduction: RichDocInput }).strict(),
    as<{ updatedAt: string }>(),
  ),
  /** Deletes a meeting and its minutes. */
  'meetings/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),

  /** Marks one person's attendance (adds them to the meeting if needed, e.g. a guest). */
  'attendance/set': channel(
    z
      .object({
        meetingId: Id,
        personId: Id,
        status: z.enum(ATTENDANCE_STATUSES),
        representedBy: Text(300).default(''),
        /** The function at this meeting: left out keeps it (a newcomer gets the directory's), null clears it. */
        function: Text(300).nullable().optional(),
      })
      .strict(),
    as<{ updatedAt: string }>(),
  ),
  /** Takes a person off the meeting's list. */
  'attendance/remove': channel(z.object({ meetingId: Id, personId: Id }).strict(), as<{ updatedAt: string }>()),

  /** Creates or updates an agenda item with its discussion. */
  'agenda/save': channel(
    z
      .object({
        id: Id.optional(),
        meetingId: Id,
        title: Text(2_000),
        presenter: Text(300).default(''),
        standing: z.boolean().default(false),
        discussion: RichDocInput.optional(),
        /** Short headings of the item's blocks (empty: the title); left out keeps them. */
        discussionHeading: Text(500).optional(),
        decisionsHeading: Text(500).optional(),
      })
      .strict(),
    as<AgendaItem>(),
  ),
  'agenda/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),
  /** Puts the meeting's agenda items in the given order. */
  'agenda/reorder': channel(Reorder, as<{ updatedAt: string }>()),

  /**
   * Creates or updates a decision (« point arrêté »): its rich `body`, or its `text` typed as plain
   * text (« - » lines become a list); both left out keep it. `note`: a « NB » printed unnumbered.
   */
  'decisions/save': channel(
    z
      .object({
        id: Id.optional(),
        meetingId: Id,
        agendaItemId: Id.nullable().default(null),
        body: RichDocInput.optional(),
        text: Text(100_000).optional(),
        note: z.boolean().optional(),
      })
      .strict()
      .refine((d) => d.body === undefined || d.text === undefined, { error: v.bodyOrText, path: ['text'] }),
    as<Decision>(),
  ),
  'decisions/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),
  'decisions/reorder': channel(Reorder, as<{ updatedAt: string }>()),
  /** Numbers the meeting's decisions (« 1. ») or bullets them, in the editor and every export. */
  'meetings/setDecisionStyle': channel(
    z.object({ id: Id, style: z.enum(DECISION_STYLES) }).strict(),
    as<{ updatedAt: string }>(),
  ),
  /** The language of the meeting's relevé: French, or Arabic laid right to left. */
  'meetings/setLanguage': channel(
    z.object({ id: Id, language: z.enum(DOCUMENT_LANGUAGES, { error: v.documentLanguage }) }).strict(),
    as<{ updatedAt: string }>(),
  ),

  /** Creates or updates a next step (« prochaine étape »). */
  'nextSteps/save': channel(
    z
      .object({
        id: Id.optional(),
        meetingId: Id,
        text: Text(20_000),
        responsiblePersonId: Id.nullable().default(null),
        responsibleOrganisationId: Id.nullable().default(null),
        responsibleText: Text(500).default(''),
        dueText: Text(300).default(''),
        status: z.enum(NEXT_STEP_STATUSES).default('a_faire'),
        /** Details under the step (rich text); left out keeps them. */
        details: RichDocInput.optional(),
      })
      .strict(),
    as<NextStep>(),
  ),
  'nextSteps/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),
  'nextSteps/reorder': channel(Reorder, as<{ updatedAt: string }>()),
} as const
