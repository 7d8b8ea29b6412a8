import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { applyLanguage, interfaceLanguage } from '../i18n'
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../shared/i18n/languages'
import { errorMessage } from './error-message'
import './language-choice.css'

/**
 * « Français / العربية », each name in its own language: stores the choice in the database and
 * switches the interface at once.
 */
export function LanguageChoice() {
  const { t } = useTranslation()
  const [current, setCurrent] = useState<Language>(interfaceLanguage())
  const [error, setError] = useState<string | null>(null)
  const choose = async (language: Language) => {
    if (language === current) return
    setError(null)
    try {
      const saved = await api.preferences.setLanguage({ language })
      setCurrent(saved.language)
      applyLanguage(saved.language)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <div className="language-choice">
      <div className="language-choice__options" role="radiogroup" aria-label={t('locale.choice.label')}>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            role="radio"
            lang={language}
            dir="auto"
            aria-checked={language === current}
            className={`language-choice__option${language === current ? ' language-choice__option--current' : ''}`}
            onClick={() => void choose(language)}
          >
            {LANGUAGE_NAMES[language]}
          </button>
        ))}
      </div>
      {error ? (
        <p className="language-choice__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
