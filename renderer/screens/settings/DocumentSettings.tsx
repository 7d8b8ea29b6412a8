import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LETTERHEAD_MAX_LINES, printedLetterhead } from '../../../shared/domain/letterhead'
import { ApiError, api } from '../../api/client'

const HINTS = ['settings.documents.letterheadHint1', 'settings.documents.letterheadHint2', 'settings.documents.letterheadHint3'] as const

/** Three slots, whatever is stored: the lines in order, blank ones after. */
function slots(lines: readonly string[]): string[] {
  return Array.from({ length: Math.max(LETTERHEAD_MAX_LINES, lines.length) }, (_, i) => lines[i] ?? '')
}

/** Letterhead lines and logo printed on page 1 of the relevés, with a preview of the block. */
export function DocumentSettings() {
  const { t } = useTranslation()
  const [lines, setLines] = useState<string[]>(slots([]))
  const [logo, setLogo] = useState<{ base64: string | null; url: string | null }>({ base64: null, url: null })
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [badFields, setBadFields] = useState<Record<string, string>>({})
  // What the user typed or chose before the saved settings arrive is theirs: the load must not overwrite it.
  const touched = useRef({ lines: false, logo: false })

  useEffect(() => {
    api.settings.get({}).then(
      (s) => {
        if (!touched.current.lines) setLines(slots(s.letterhead))
        if (!touched.current.logo) setLogo({ base64: s.logoDataUrl?.split(',')[1] ?? null, url: s.logoDataUrl })
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
      touched.current.logo = true
      setLogo({ base64: url.split(',')[1] ?? null, url })
    }
    reader.readAsDataURL(file)
  }

  async function save() {
    try {
      const saved = await api.settings.save({ letterhead: lines, logoBase64: logo.base64 })
      setLines(slots(saved.letterhead))
      setLogo({ base64: saved.logoDataUrl?.split(',')[1] ?? null, url: saved.logoDataUrl })
      setBadFields({})
      setMessage({ kind: 'ok', text: t('settings.documents.saved') })
    } catch (error) {
      // The lines stay as typed: the message says what to change.
      setBadFields(error instanceof ApiError ? error.fields : {})
      setMessage({ kind: 'error', text: (error as Error).message })
    }
  }

  const preview = printedLetterhead(lines)
  return (
    <section className="card settings__section" aria-labelledby="settings-documents">
      <h2 id="settings-documents">{t('settings.documents.title')}</h2>
      <p className="settings__intro">{t('settings.documents.intro')}</p>
      <fieldset className="settings__letterhead">
        <legend>{t('settings.documents.letterhead')}</legend>
        <small>{t('settings.documents.letterheadIntro')}</small>
        <div className="settings__letterhead-body">
          <div className="settings__letterhead-lines">
            {lines.map((line, i) => (
              <label className="settings__field" key={i}>
                <span>{t('settings.documents.letterheadLine', { n: i + 1 })}</span>
                <input
                  type="text"
                  value={line}
                  aria-invalid={badFields[`letterhead.${i}`] ? true : undefined}
                  placeholder={t(HINTS[i] ?? HINTS[2])}
                  onChange={(e) => {
                    touched.current.lines = true
                    setLines((all) => all.map((l, k) => (k === i ? e.target.value : l)))
                  }}
                />
              </label>
            ))}
          </div>
          {preview.length > 0 || logo.url ? (
            <div className="settings__letterhead-preview" aria-hidden="true">
              {logo.url ? <img src={logo.url} alt="" /> : null}
              {preview.map((line, i) => (
                <div key={i} className={i === 0 ? 'settings__letterhead-first' : undefined}>
                  {line}
                </div>
              ))}
            </div>
          ) : null}
        </div>
      </fieldset>
      <div className="settings__field">
        <span>{t('settings.documents.logo')}</span>
        <div className="settings__logo">
          {logo.url ? <img src={logo.url} alt={t('settings.documents.logo')} /> : <em>{t('settings.documents.noLogo')}</em>}
          <label className="btn">
            {t('settings.documents.chooseLogo')}
            <input type="file" accept="image/png,image/jpeg" className="visually-hidden" onChange={chooseLogo} />
          </label>
          {logo.url ? (
            <button type="button" className="btn" onClick={() => {
                touched.current.logo = true
                setLogo({ base64: null, url: null })
              }}>
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
