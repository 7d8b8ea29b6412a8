import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, Text } from '../schemas'
import { RELEVE_FORMATS, type Delivery } from '../../domain/files'

export const exportChannels = {
  /** Builds the relevé de conclusions of a meeting as PDF, Excel or Word and hands it to the user. */
  'exports/releve': channel(z.object({ meetingId: Id, format: z.enum(RELEVE_FORMATS) }).strict(), as<Delivery>()),
} as const

// A logo is a small PNG or JPEG, sent as base64.
const LogoBase64 = z.string().max(1_400_000)

export const settingsChannels = {
  /** The header line and logo printed on the documents. */
  'settings/get': channel(z.object({}).strict().optional(), as<{ headerLine: string; logoDataUrl: string | null }>()),
  /** Saves the header line and logo (null removes the logo). */
  'settings/save': channel(
    z.object({ headerLine: Text(300), logoBase64: LogoBase64.nullable() }).strict(),
    as<{ headerLine: string; logoDataUrl: string | null }>(),
  ),
} as const
