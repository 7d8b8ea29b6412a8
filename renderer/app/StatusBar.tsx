import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Database } from 'lucide-react'
import type { SystemInfo } from '../../shared/domain/system'
import { api } from '../api/client'

export function StatusBar() {
  const { t } = useTranslation()
  const [info, setInfo] = useState<SystemInfo | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    api.system.info({}).then(setInfo, (e: Error) => setError(e.message))
  }, [])

  if (error) {
    return (
      <footer className="statusbar statusbar--error" aria-label={t('ui.status.label')} role="status">
        {t('ui.status.error', { message: error })}
      </footer>
    )
  }
  return (
    <footer className="statusbar" aria-label={t('ui.status.label')} role="status">
      {info ? (
        <>
          <span className="statusbar__item" title={info.dbPath}>
            <Database size={13} aria-hidden />
            <span className="statusbar__path" data-testid="db-path">
              {t('ui.status.database')} : {info.dbPath}
            </span>
          </span>
          <span className="statusbar__spacer" />
          <span className="statusbar__item" data-testid="schema-version">
            {t('ui.status.schema', { version: info.schemaVersion })}
          </span>
          <span className="statusbar__item">
            {info.transport === 'web' ? t('ui.status.transportWeb') : t('ui.status.transportElectron')}
          </span>
          <span className="statusbar__item">{t('ui.status.version', { version: info.appVersion })}</span>
        </>
      ) : (
        <span>{t('ui.status.loading')}</span>
      )}
    </footer>
  )
}
