import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Database, Info } from 'lucide-react'
import type { SystemInfo } from '../../shared/domain/system'
import { systemInfo } from '../api/system-info'
import { Dialog } from '../components/Dialog'

export function StatusBar() {
  const { t } = useTranslation()
  const [info, setInfo] = useState<SystemInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [about, setAbout] = useState(false)

  useEffect(() => {
    systemInfo().then(setInfo, (e: Error) => setError(e.message))
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
              {t('locale.labelled', { label: t('ui.status.database') })} <bdi dir="ltr">{info.dbPath}</bdi>
            </span>
          </span>
          <span className="statusbar__spacer" />
          <span className="statusbar__item">
            {info.transport === 'web' ? t('ui.status.transportWeb') : t('ui.status.transportElectron')}
          </span>
          {/* The schema version is for support, not for a secretary: it waits in « À propos ». */}
          <button type="button" className="statusbar__item statusbar__about" onClick={() => setAbout(true)}>
            <Info size={13} aria-hidden />
            {t('ui.about.open')}
          </button>
          <Dialog open={about} title={t('ui.about.title')} onClose={() => setAbout(false)} size="sm">
            <dl className="about">
              <dt>{t('ui.about.application')}</dt>
              <dd>{t('ui.status.version', { version: info.appVersion })}</dd>
              <dt>{t('ui.about.schema')}</dt>
              <dd data-testid="schema-version">{info.schemaVersion}</dd>
              <dt>{t('ui.status.database')}</dt>
              <dd className="about__path">
                <bdi dir="ltr">{info.dbPath}</bdi>
              </dd>
            </dl>
          </Dialog>
        </>
      ) : (
        <span>{t('ui.status.loading')}</span>
      )}
    </footer>
  )
}
