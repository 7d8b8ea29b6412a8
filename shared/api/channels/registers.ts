import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, IsoDate, Text } from '../schemas'
import { ACTION_STATUSES, DECISION_STATUSES } from '../../domain/vocabulary'
import type { Delivery } from '../../domain/files'
import type {
  ActionEntry,
  ActionPage,
  DecisionEntry,
  DecisionRegisterPage,
  EngagementChoice,
  PreviousAction,
} from '../../domain/registers'
import { t } from '../../i18n/translate'

/** The filters of the decisions register; `from`/`to` bound the meetings' first dates. */
export const DecisionFilterInput = z
  .object({
    committeeId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    meetingId: Id.optional(),
    engagementId: Id.optional(),
    status: z.enum(DECISION_STATUSES).optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    error: () => t('registers.errors.periodReversed'),
    path: ['to'],
  })

/** The filters of the « Actions » list. */
export const ActionFilterInput = z
  .object({
    committeeId: Id.optional(),
    meetingId: Id.optional(),
    personId: Id.optional(),
    organisationId: Id.optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    openOnly: z.boolean().optional(),
    overdueOnly: z.boolean().optional(),
  })
  .strict()

const Page = {
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).max(1_000_000).optional(),
}

export const registerChannels = {
  /** A page of the decisions register (newest meetings first), with numbers per committee and year. */
  'decisions/register': channel(
    z.object({ filter: DecisionFilterInput.optional(), ...Page }).strict(),
    as<DecisionRegisterPage>(),
  ),
  /** Sets a decision's status in the register; allowed after adoption (follow-up, not the relevé). */
  'decisions/setStatus': channel(z.object({ id: Id, status: z.enum(DECISION_STATUSES) }).strict(), as<DecisionEntry>()),
  /** Links a decision to exactly these engagements of the plan (an empty list unlinks it). */
  'decisions/setEngagements': channel(
    z.object({ id: Id, engagementIds: z.array(Id).max(100) }).strict(),
    as<DecisionEntry>(),
  ),
  /** The engagements a decision may be linked to: every plan's, by plan then number. */
  'decisions/engagementChoices': channel(z.object({}).strict().optional(), as<EngagementChoice[]>()),
  /** The register, as filtered, as an Excel workbook or a PDF, handed to the user. */
  'decisions/export': channel(
    z.object({ format: z.enum(['xlsx', 'pdf']), filter: DecisionFilterInput.optional() }).strict(),
    as<Delivery>(),
  ),

  /** A page of actions (next steps of every meeting), overdue first, with their follow-up. */
  'actions/list': channel(z.object({ filter: ActionFilterInput.optional(), ...Page }).strict(), as<ActionPage>()),
  /** « Suivi des actions précédentes » of a meeting: the open actions of the committee's earlier meetings. */
  'actions/previous': channel(z.object({ meetingId: Id }).strict(), as<PreviousAction[]>()),
  /** Records, at a meeting, where an action of an earlier meeting stands (once per meeting, updated if recorded again). */
  'actions/followUp': channel(
    z.object({ meetingId: Id, actionId: Id, status: z.enum(ACTION_STATUSES), note: Text(5_000).default('') }).strict(),
    as<PreviousAction>(),
  ),
  /** Adds a dated note, and the status it sets, to an action between meetings. */
  'actions/addNote': channel(
    z
      .object({
        actionId: Id,
        status: z.enum(ACTION_STATUSES),
        note: Text(5_000).default(''),
        date: IsoDate.optional(),
      })
      .strict(),
    as<ActionEntry>(),
  ),
  /** The actions, as filtered, as an Excel workbook (the default) or a PDF, handed to the user. */
  'actions/export': channel(
    z.object({ format: z.enum(['xlsx', 'pdf']).default('xlsx'), filter: ActionFilterInput.optional() }).strict(),
    as<Delivery>(),
  ),
} as const
