import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, RequiredText, Text } from '../schemas'
import { CIVILITIES, SIDES } from '../../domain/vocabulary'
import { PARTICIPANT_ORDERS, type Meeting } from '../../domain/meetings'

const NewOrganisation = z
  .object({ name: RequiredText(300), acronym: Text(50).default(''), side: z.enum(SIDES) })
  .strict()

const PastedPerson = z
  .object({
    /** A person of the directory… */
    personId: Id.optional(),
    /** …or a new one. */
    civility: z.enum(CIVILITIES).optional(),
    firstName: Text(200).default(''),
    lastName: Text(200).default(''),
    /** For a new person: an organisation of the directory, or the index of a new one in `organisations`. */
    organisationId: Id.nullable().default(null),
    newOrganisation: z.number().int().min(0).max(999).optional(),
    /** The function at this meeting. */
    function: Text(300).default(''),
  })
  .strict()

export const participantChannels = {
  /**
   * Adds a pasted list of participants to a meeting in one transaction: creates the new
   * organisations and people, then marks everyone with `status` (present by default).
   */
  'participants/addPasted': channel(
    z
      .object({
        meetingId: Id,
        status: z.enum(['present', 'invite', 'a_confirmer']).default('present'),
        organisations: z.array(NewOrganisation).max(1_000).default([]),
        people: z.array(PastedPerson).min(1).max(1_000),
      })
      .strict(),
    as<Meeting>(),
  ),
  /** How the relevé lists the meeting's participants: « par collège » or « ordre protocolaire ». */
  'participants/setOrder': channel(
    z.object({ meetingId: Id, order: z.enum(PARTICIPANT_ORDERS) }).strict(),
    as<{ updatedAt: string }>(),
  ),
  /** The protocol order: every person of the meeting's list, each once, first to last. */
  'participants/reorder': channel(
    z.object({ meetingId: Id, personIds: z.array(Id).max(10_000) }).strict(),
    as<{ updatedAt: string }>(),
  ),
}
