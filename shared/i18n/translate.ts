/**
 * A small i18next instance for code outside React (main process, CLI, exports). The renderer
 * uses react-i18next with the same catalogue.
 */
import i18next, { type TFunction } from 'i18next'
import { fr } from './fr'

const instance = i18next.createInstance()
void instance.init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: fr } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** Translates a catalogue key with interpolation values, in French. */
export const t: TFunction = instance.t.bind(instance)
