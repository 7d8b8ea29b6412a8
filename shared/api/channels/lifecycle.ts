import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, IsoDate, RequiredText, Text } from '../schemas'
import { fr } from '../../i18n/fr'
import type { ReleveLifecycle, ReleveVersionDetail, VerifyReport } from '../../domain/lifecycle'
import type { SectionDiff } from '../../lifecycle/diff'

export const lifecycleChannels = {
  /** Where a meeting's relevé stands: stage, diffusion, adopted versions, earlier relevés it may approve. */
  'releve/lifecycle': channel(z.object({ meetingId: Id }).strict(), as<ReleveLifecycle>()),
  /** Records that the draft was sent for comments (date, recipients, deadline for comments). */
  'releve/diffuse': channel(
    z
      .object({
        meetingId: Id,
        sentOn: IsoDate,
        recipients: Text(4_000).default(''),
        commentsDeadline: IsoDate.nullable().default(null),
      })
      .strict(),
    as<ReleveLifecycle>(),
  ),
  /** Adds « Approbation du relevé de la réunion du … » to the agenda of the later meeting `atMeetingId`. */
  'releve/offerApproval': channel(
    z.object({ meetingId: Id, atMeetingId: Id }).strict(),
    as<{ agendaItemId: number }>(),
  ),
  /**
   * Adopts the relevé (or the open erratum): fingerprint, new version, lock. With `atMeetingId`,
   * the adoption is recorded as a decision of that later meeting of the committee.
   */
  'releve/adopt': channel(
    z.object({ meetingId: Id, atMeetingId: Id.nullable().default(null), adoptedOn: IsoDate.optional() }).strict(),
    as<ReleveLifecycle & { version: number; fingerprint: string }>(),
  ),
  /** Opens an erratum on an adopted relevé, with its reason: the relevé is editable until the erratum is adopted. */
  'releve/openErratum': channel(
    z.object({ meetingId: Id, reason: RequiredText(2_000) }).strict(),
    as<ReleveLifecycle>(),
  ),
  /** One adopted version, readable section by section. */
  'releve/version': channel(z.object({ meetingId: Id, version: z.number().int().min(1) }).strict(), as<ReleveVersionDetail>()),
  /** What changed between two versions (`to` null: the relevé as it is now), per section. */
  'releve/diff': channel(
    z.object({ meetingId: Id, from: z.number().int().min(1), to: z.number().int().min(1).nullable().default(null) }).strict(),
    as<SectionDiff[]>(),
  ),
  /** Whether a PDF is an adopted version, which one, and what differs if not. */
  'releve/verify': channel(
    z
      .object({
        fileName: Text(500).default(''),
        contentBase64: z.string().max(60_000_000, { error: fr.data.import.tooBigUpload }),
      })
      .strict(),
    as<VerifyReport>(),
  ),
} as const
