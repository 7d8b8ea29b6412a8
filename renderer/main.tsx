import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { applyLanguage } from './i18n'
import './styles/tokens.css'
import './styles/base.css'
import { App } from './app/App'
import { api } from './api/client'

/** The language chosen in Paramètres, read from the database before the first paint. */
async function loadLanguage(): Promise<void> {
  try {
    const { language } = await api.preferences.get({})
    applyLanguage(language)
  } catch {
    // The database cannot answer (recovery screen): the last language shown on this machine stays.
  }
}

const root = document.getElementById('root')
if (root) {
  void loadLanguage().then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    )
  })
}
