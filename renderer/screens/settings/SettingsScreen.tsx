import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { api } from '../../api/client'
import type { SystemInfo } from '../../../shared/domain/system'
import { DocumentSettings } from './DocumentSettings'
import { BackupSettings } from './BackupSettings'
import { VerifyPdfSection } from '../lifecycle/VerifyPdfSection'
import { ActorSettings } from '../history/ActorSettings'
import { LanguageChoice } from '../../components/LanguageChoice'
import './settings.css'

export function SettingsScreen() {
  const { t } = useTranslation()
  const [info, setInfo] = useState<SystemInfo | null>(null)
  useEffect(() => {
    api.system.info({}).then(setInfo, () => setInfo(null))
  }, [])
  return (
    <div className="page">
      <PageHeader title={t('ui.screens.settings.title')} subtitle={t('ui.screens.settings.subtitle')} />
      <div className="settings">
        <section className="card settings__section" aria-labelledby="settings-language">
          <h2 id="settings-language">{t('locale.choice.title')}</h2>
          <p className="settings__intro">{t('locale.choice.intro')}</p>
          <LanguageChoice />
        </section>
        <DocumentSettings />
        <ActorSettings />
        <BackupSettings />
        <VerifyPdfSection />
        <section className="card settings__section" aria-labelledby="settings-about">
          <h2 id="settings-about">{t('settings.about.title')}</h2>
          {info ? (
            <dl className="settings__about">
              <dt>{t('settings.about.version')}</dt>
              <dd>{info.appVersion}</dd>
              <dt>{t('settings.about.schema')}</dt>
              <dd>{info.schemaVersion}</dd>
              <dt>{t('settings.about.database')}</dt>
              <dd>
                <bdi dir="ltr">{info.dbPath}</bdi>
              </dd>
            </dl>
          ) : null}
        </section>
      </div>
    </div>
  )
}
