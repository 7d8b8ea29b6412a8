import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'

/** Paramètres « Historique »: the name recorded with each change. */
export function ActorSettings() {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [defaultName, setDefaultName] = useState('')
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  // A name typed before the saved one arrives is the user's: the load must not overwrite it.
  const typed = useRef(false)

  useEffect(() => {
    api.history.actor({}).then(
      (actor) => {
        if (!typed.current) setName(actor.name)
        setDefaultName(actor.defaultName)
      },
      (e: Error) => setMessage({ kind: 'error', text: e.message }),
    )
  }, [])

  async function save() {
    try {
      const saved = await api.history.setActor({ name })
      setName(saved.name)
      setMessage({ kind: 'ok', text: t('history.settings.saved', { name: saved.name || saved.defaultName }) })
    } catch (error) {
      // The name stays as typed: the message says what to change.
      setMessage({ kind: 'error', text: (error as Error).message })
    }
  }

  return (
    <section className="card settings__section" aria-labelledby="settings-history">
      <h2 id="settings-history">{t('history.settings.title')}</h2>
      <p className="settings__intro">{t('history.settings.intro')}</p>
      <label className="settings__field">
        <span>{t('history.settings.name')}</span>
        <input
          type="text"
          value={name}
          placeholder={t('history.settings.hint', { name: defaultName })}
          onChange={(e) => {
            typed.current = true
            setName(e.target.value)
          }}
        />
      </label>
      <div className="settings__actions">
        <button type="button" className="btn btn--primary" onClick={() => void save()}>
          {t('history.settings.save')}
        </button>
        {message ? (
          <span role="status" className={message.kind === 'error' ? 'settings__error' : 'settings__ok'}>
            {message.text}
          </span>
        ) : null}
      </div>
    </section>
  )
}
