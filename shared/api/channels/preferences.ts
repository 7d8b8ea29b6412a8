import { z } from 'zod'
import { channel, as } from '../channel'
import { NoInput } from '../schemas'
import { LANGUAGES, type Language } from '../../i18n/languages'

/** Preferences of the installation kept in the database (not in the browser): the interface language. */
export const preferencesChannels = {
  /** The language of the interface (French until the user chooses Arabic). */
  'preferences/get': channel(NoInput, as<{ language: Language }>()),
  /** Chooses the language of the interface; messages from main follow it from the next call. */
  'preferences/setLanguage': channel(z.object({ language: z.enum(LANGUAGES) }).strict(), as<{ language: Language }>()),
} as const
