import { TrashScreen } from '../screens/history/TrashScreen'
import { useTranslation } from 'react-i18next'
import { Sidebar } from './Sidebar'
import { StatusBar } from './StatusBar'
import { SearchPalette } from '../screens/search/SearchPalette'
import { useRoute, type Section } from './routes'
import { PageHeader } from '../components/PageHeader'
import { SettingsScreen } from '../screens/settings/SettingsScreen'
import { DirectoryScreen } from '../screens/directory/DirectoryScreen'
import { WelcomeGate } from '../screens/welcome/WelcomeGate'
import { RecoveryGate } from '../screens/recovery/RecoveryGate'
import { MeetingsScreen } from '../screens/meetings/MeetingsScreen'
import { PlanScreen } from '../screens/plan/PlanScreen'
import { DecisionsScreen } from '../screens/registers/DecisionsScreen'
import { ActionsScreen } from '../screens/registers/ActionsScreen'

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
    <RecoveryGate>
      <div className="shell">
        <Sidebar current={route.section} />
        <main className="main">
          <WelcomeGate>
            {route.section === 'meetings' ? (
              <MeetingsScreen rest={route.rest} />
            ) : route.section === 'decisions' ? (
              <DecisionsScreen />
            ) : route.section === 'actions' ? (
              <ActionsScreen />
            ) : route.section === 'plan' ? (
              <PlanScreen rest={route.rest} />
            ) : route.section === 'directory' ? (
              <DirectoryScreen rest={route.rest} />
            ) : route.section === 'settings' ? (
              <SettingsScreen />
            ) : route.section === 'trash' ? (
              <TrashScreen />
            ) : (
              <Placeholder section={route.section} />
            )}
          </WelcomeGate>
        </main>
        <StatusBar />
        <SearchPalette />
      </div>
    </RecoveryGate>
  )
}
