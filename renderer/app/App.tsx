import { useTranslation } from 'react-i18next'
import { Sidebar } from './Sidebar'
import { StatusBar } from './StatusBar'
import { useRoute, type Section } from './routes'
import { PageHeader } from '../components/PageHeader'

function Placeholder({ section }: { section: Section }) {
  const { t } = useTranslation()
  return (
    <div className="page">
      <PageHeader title={t(`ui.screens.${section}.title`)} subtitle={t(`ui.screens.${section}.subtitle`)} />
      <div className="card empty">{t('ui.common.comingSoon')}</div>
    </div>
  )
}

export function App() {
  const route = useRoute()
  return (
    <div className="shell">
      <Sidebar current={route.section} />
      <main className="main">
        <Placeholder section={route.section} />
      </main>
      <StatusBar />
    </div>
  )
}
