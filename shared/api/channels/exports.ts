import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, Text } from '../schemas'
import { RELEVE_FORMATS, type ReleveDelivery } from '../../domain/files'

export const exportChannels = {
  /**
   * Builds the relevé de conclusions of a meeting as PDF, Excel or Word and hands it to the user;
   * `unprintable` lists the characters no font of the PDF has (printed « � »), to be shown.
   */
  'exports/releve': channel(z.object({ meetingId: Id, format: z.enum(RELEVE_FORMATS) }).strict(), as<ReleveDelivery>()),
} as const

// A logo is a small PNG or JPEG, sent as base64.
const LogoBase64 = z.string().max(1_400_000)

// The letterhead's lines are checked in main (how many, how long) so that the message names the
// line; the schema only bounds what a runaway paste could send.
const Letterhead = z.array(Text(2_000)).max(20)

/** What Paramètres shows and the documents print: letterhead lines (at most three) and the logo. */
export interface DocumentSettingsView {
  letterhead: string[]
  logoDataUrl: string | null
}

export const settingsChannels = {
  /** The letterhead lines and logo printed on the documents. */
  'settings/get': channel(z.object({}).strict().optional(), as<DocumentSettingsView>()),
  /** Saves the letterhead lines (at most three) and the logo (null removes it); a refused line changes nothing. */
  'settings/save': channel(z.object({ letterhead: Letterhead, logoBase64: LogoBase64.nullable() }).strict(), as<DocumentSettingsView>()),
} as const
