import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CalendarCheck, FilePlus2, LoaderCircle } from 'lucide-react'
import { api } from '../../api/client'
import { LanguageChoice } from '../../components/LanguageChoice'
import './welcome.css'

export interface WelcomeScreenProps {
  /** The example is loaded: `meetingId` is its meeting. */
  onLoaded(meetingId: number): void
  /** The user chose to start from an empty database. */
  onStartEmpty(): void
}

/** What an empty database shows first: what Copil does, and one click to see it on a real meeting. */
export function WelcomeScreen({ onLoaded, onStartEmpty }: WelcomeScreenProps) {
  const { t } = useTranslation()
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const loadExample = async () => {
    setLoading(true)
    setError(null)
    try {
      const { meetingId } = await api.demo.load({})
      onLoaded(meetingId)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setLoading(false)
    }
  }

  return (
    <div className="page welcome">
      <header className="welcome__header">
        <div className="welcome__language">
          <LanguageChoice />
        </div>
        <h1 className="welcome__title">{t('welcome.title')}</h1>
        <p className="welcome__lead">{t('welcome.lead')}</p>
      </header>
      <div className="welcome__choices">
        <section className="card welcome__choice welcome__choice--example" aria-labelledby="welcome-example">
          <CalendarCheck className="welcome__icon" aria-hidden="true" />
          <h2 id="welcome-example">{t('welcome.example.title')}</h2>
          <p>{t('welcome.example.description')}</p>
          <div className="welcome__actions">
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void loadExample()}
              disabled={loading}
              aria-busy={loading}
            >
              {loading ? <LoaderCircle className="welcome__spinner" aria-hidden="true" /> : null}
              {t('welcome.example.load')}
            </button>
            <span className="welcome__status" role="status" aria-live="polite">
              {loading ? t('welcome.example.loading') : ''}
            </span>
          </div>
        </section>
        <section className="card welcome__choice" aria-labelledby="welcome-empty">
          <FilePlus2 className="welcome__icon" aria-hidden="true" />
          <h2 id="welcome-empty">{t('welcome.empty.title')}</h2>
          <p>{t('welcome.empty.description')}</p>
          <div className="welcome__actions">
            <button type="button" className="btn" onClick={onStartEmpty} disabled={loading}>
              {t('welcome.empty.start')}
            </button>
          </div>
        </section>
      </div>
      {error ? (
        <p className="welcome__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
