import { z } from 'zod'
import { channel, as } from '../channel'
import { RequiredText } from '../schemas'

export const fileChannels = {
  /** Opens a file Copil saved in this session with the system's application (desktop app only). */
  'files/open': channel(z.object({ path: RequiredText(4_000) }).strict(), as<{ opened: true }>()),
  /** Shows a file Copil saved in this session in its folder (desktop app only). */
  'files/reveal': channel(z.object({ path: RequiredText(4_000) }).strict(), as<{ shown: true }>()),
} as const
