import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { z } from 'zod'
import { fr } from '../shared/i18n/fr'
import { ar } from '../shared/i18n/ar'
import { setLanguage as setSharedLanguage } from '../shared/i18n/translate'
import { DEFAULT_LANGUAGE, LANGUAGE_DIRECTIONS, isLanguage, type Language } from '../shared/i18n/languages'

// The last language shown on this machine, so that the first paint is already in it while the
// database (which holds the choice) answers; the database wins when they differ.
const REMEMBERED = 'copil.language'

function rememberedLanguage(): Language {
  try {
    const value = localStorage.getItem(REMEMBERED)
    return isLanguage(value) ? value : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

/** Sets `<html lang dir>` and zod's messages for `language`. */
function applyToDocument(language: Language): void {
  // Outside a page (the renderer's pure helpers tested in Node) there is no <html> to set.
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language
    document.documentElement.dir = LANGUAGE_DIRECTIONS[language]
  }
  z.config(language === 'ar' ? z.locales.ar() : z.locales.fr())
  // Messages written by shared code (the API schemas) follow too.
  setSharedLanguage(language)
}

const initial = rememberedLanguage()
applyToDocument(initial)

void i18next.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'fr',
  resources: { fr: { translation: fr }, ar: { translation: ar } },
  initAsync: false,
  interpolation: { escapeValue: false },
})

memoiseTranslations()

/**
 * Keeps what `t` returned for a key and its simple options until the language or the texts change:
 * a large meeting's editor asks for the same few hundred labels thousands of times (« Supprimer le
 * point arrêté 12 »), and i18next resolves each one again (key parsing, fallbacks, interpolation).
 * Calls with anything else than strings, numbers and booleans in their options are not kept.
 */
function memoiseTranslations(): void {
  const translate = i18next.t.bind(i18next)
  const kept = new Map<string, string>()
  const forget = () => kept.clear()
  i18next.on('languageChanged', forget)
  i18next.store.on('added', forget)
  i18next.store.on('removed', forget)
  const memoised = (...args: Parameters<typeof i18next.t>) => {
    const [key, options] = args as unknown[]
    const id = args.length <= 2 && typeof key === 'string' ? cacheKey(key, options) : null
    if (id === null) return translate(...args)
    const known = kept.get(id)
    if (known !== undefined) return known
    const text = translate(...args)
    if (typeof text === 'string') {
      if (kept.size >= 20_000) kept.clear()
      kept.set(id, text)
    }
    return text
  }
  i18next.t = memoised as typeof i18next.t
}

/** The call's identity: the key and its options, if they are all plain values; otherwise null. */
function cacheKey(key: string, options: unknown): string | null {
  if (options === undefined) return `${i18next.language}\u0000${key}`
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return null
  for (const value of Object.values(options)) {
    if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') continue
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) continue
    return null
  }
  return `${i18next.language}\u0000${key}\u0000${JSON.stringify(options)}`
}

/** The language the interface speaks now. */
export function interfaceLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : DEFAULT_LANGUAGE
}

/** Switches the whole interface to `language` at once (texts, direction, dates), without a reload. */
export function applyLanguage(language: Language): void {
  try {
    localStorage.setItem(REMEMBERED, language)
  } catch {
    // Private mode: the database still holds the choice.
  }
  applyToDocument(language)
  if (i18next.language !== language) void i18next.changeLanguage(language)
}

export default i18next
