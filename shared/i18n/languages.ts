/**
 * The languages of the interface. Each is named in its own language (« Français », « العربية »),
 * the same whatever language the interface is in, so these names are not catalogue keys.
 */
export const LANGUAGES = ['fr', 'ar'] as const
export type Language = (typeof LANGUAGES)[number]

export const DEFAULT_LANGUAGE: Language = 'fr'

/** The name of each language in that language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { fr: 'Français', ar: 'العربية' }

/** The writing direction of each language, for `<html dir>`. */
export const LANGUAGE_DIRECTIONS: Readonly<Record<Language, 'ltr' | 'rtl'>> = { fr: 'ltr', ar: 'rtl' }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}
