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
