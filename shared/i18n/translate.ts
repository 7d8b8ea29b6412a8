/**
 * A small i18next instance for code outside React (main process, CLI, exports). The renderer
 * uses react-i18next with the same catalogues.
 *
 * French unless told otherwise: the dispatcher switches it to the language chosen in Paramètres
 * (stored in the database) before each call from the interface, so that errors and validation
 * messages come back in the user's language. The CLI never switches it: it stays in French.
 */
import i18next, { type TFunction } from 'i18next'
import { fr } from './fr'
import { ar } from './ar'
import { DEFAULT_LANGUAGE, type Language } from './languages'

const instance = i18next.createInstance()
void instance.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: 'fr',
  resources: { fr: { translation: fr }, ar: { translation: ar } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** Translates a catalogue key with interpolation values, in the current language (French by default). */
export const t: TFunction = instance.t.bind(instance)

/** The language `t` speaks now. */
export function currentLanguage(): Language {
  return instance.language === 'ar' ? 'ar' : 'fr'
}

/** Makes `t` speak `language` from now on (synchronous: the catalogues are in memory). */
export function setLanguage(language: Language): void {
  if (instance.language !== language) void instance.changeLanguage(language)
}

/** A translation function fixed to one language, whatever the current one (documents, CLI). */
export function fixedT(language: Language): TFunction {
  return instance.getFixedT(language)
}
