import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { z } from 'zod'
import { fr } from '../shared/i18n/fr'

// Form validation in the renderer speaks French too.
z.config(z.locales.fr())

void i18next.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: fr } },
  initAsync: false,
  interpolation: { escapeValue: false },
})

export default i18next
