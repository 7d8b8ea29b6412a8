import { useEffect, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'

/** Header line and logo printed on the relevés. */
export function DocumentSettings() {
  const { t } = useTranslation()
  const [headerLine, setHeaderLine] = useState('')
  const [logo, setLogo] = useState<{ base64: string | null; url: string | null }>({ base64: null, url: null })
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)

  useEffect(() => {
    api.settings.get({}).then(
      (s) => {
        setHeaderLine(s.headerLine)
        setLogo({ base64: s.logoDataUrl?.split(',')[1] ?? null, url: s.logoDataUrl })
      },
      (e: Error) => setMessage({ kind: 'error', text: e.message }),
    )
  }, [])

  function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      setLogo({ base64: url.split(',')[1] ?? null, url })
    }
    reader.readAsDataURL(file)
  }

  async function save() {
    try {
      const saved = await api.settings.save({ headerLine, logoBase64: logo.base64 })
      setLogo({ base64: saved.logoDataUrl?.split(',')[1] ?? null, url: saved.logoDataUrl })
      setMessage({ kind: 'ok', text: t('settings.documents.saved') })
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message })
    }
  }

  return (
    <section className="card settings__section" aria-labelledby="settings-documents">
      <h2 id="settings-documents">{t('settings.documents.title')}</h2>
      <p className="settings__intro">{t('settings.documents.intro')}</p>
      <label className="settings__field">
        <span>{t('settings.documents.headerLine')}</span>
        <input
          type="text"
          value={headerLine}
          maxLength={300}
          placeholder={t('settings.documents.headerLineHint')}
          onChange={(e) => setHeaderLine(e.target.value)}
        />
      </label>
      <div className="settings__field">
        <span>{t('settings.documents.logo')}</span>
        <div className="settings__logo">
          {logo.url ? <img src={logo.url} alt={t('settings.documents.logo')} /> : <em>{t('settings.documents.noLogo')}</em>}
          <label className="btn">
            {t('settings.documents.chooseLogo')}
            <input type="file" accept="image/png,image/jpeg" className="visually-hidden" onChange={chooseLogo} />
          </label>
          {logo.url ? (
            <button type="button" className="btn" onClick={() => setLogo({ base64: null, url: null })}>
              {t('settings.documents.removeLogo')}
            </button>
          ) : null}
        </div>
        <small>{t('settings.documents.logoHint')}</small>
      </div>
      <div className="settings__actions">
        <button type="button" className="btn btn--primary" onClick={() => void save()}>
          {t('settings.documents.save')}
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
