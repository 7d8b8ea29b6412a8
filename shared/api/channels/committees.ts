import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, IsoDate, RequiredText, Text } from '../schemas'
import { MEMBERSHIP_ROLES } from '../../domain/vocabulary'
import { fr } from '../../i18n/fr'
import type { Committee, CommitteeDetail, Membership } from '../../domain/directory'

const Count = z.number().int().min(0).max(10_000).nullable()

export const CommitteeInput = z
  .object({
    id: Id.optional(),
    name: RequiredText(300),
    acronym: Text(50).default(''),
    defaultPlace: Text(500).default(''),
    quorum: z.object({ minPresent: Count, minPerSide: Count }).strict().default({ minPresent: null, minPerSide: null }),
  })
  .strict()

export const MembershipInput = z
  .object({
    id: Id.optional(),
    committeeId: Id,
    personId: Id,
    role: z.enum(MEMBERSHIP_ROLES),
    startDate: IsoDate.nullable().default(null),
    endDate: IsoDate.nullable().default(null),
  })
  .strict()
  .refine((m) => !m.startDate || !m.endDate || m.endDate >= m.startDate, {
    error: fr.validation.mandateEndBeforeStart,
    path: ['endDate'],
  })

export const committeeChannels = {
  /** Every committee, by name. */
  'committees/list': channel(z.object({}).strict().optional(), as<Committee[]>()),
  /** One committee with its members (current and past). */
  'committees/get': channel(z.object({ id: Id }).strict(), as<CommitteeDetail>()),
  /** Creates or updates a committee and its quorum rule. */
  'committees/save': channel(CommitteeInput, as<Committee>()),
  /** Deletes a committee that has no meeting. */
  'committees/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),
  /** Adds a person to a committee, or changes their role or mandate. */
  'memberships/save': channel(MembershipInput, as<Membership>()),
  /** Removes a membership. */
  'memberships/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),
} as const
