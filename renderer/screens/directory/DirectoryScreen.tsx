import { useTranslation } from 'react-i18next'
import { Building2, FileUp, Landmark, Users, type LucideIcon } from 'lucide-react'
import { PageHeader } from '../../components/PageHeader'
import { CommitteePage } from './committees/CommitteePage'
import { CommitteesTab } from './committees/CommitteesTab'
import { ImportTab } from './import/ImportTab'
import { OrganisationsTab } from './organisations/OrganisationsTab'
import { PeopleTab } from './people/PeopleTab'
import './directory.css'

const TABS: { tab: Tab; icon: LucideIcon }[] = [
  { tab: 'organisations', icon: Building2 },
  { tab: 'people', icon: Users },
  { tab: 'committees', icon: Landmark },
  { tab: 'import', icon: FileUp },
]
type Tab = 'organisations' | 'people' | 'committees' | 'import'

/**
 * Reads #/directory/<tab>[/<id>]; anything unknown shows the organisations. The id is a committee's
 * page, or the person or organisation to open (a search result).
 */
export function parseDirectoryRoute(rest: readonly string[]): { tab: Tab; committeeId: number | null; recordId: number | null } {
  const tab = TABS.find((t) => t.tab === rest[0])?.tab ?? 'organisations'
  const raw = rest[1] !== undefined ? Number(rest[1]) : NaN
  const id = Number.isInteger(raw) && raw > 0 ? raw : null
  return { tab, committeeId: tab === 'committees' ? id : null, recordId: tab === 'people' || tab === 'organisations' ? id : null }
}

/** The directory: organisations, people, committees with their members, and the people import. */
export function DirectoryScreen({ rest }: { rest: readonly string[] }) {
  const { t } = useTranslation()
  const { tab, committeeId, recordId } = parseDirectoryRoute(rest)
  return (
    <div className="page directory">
      <PageHeader title={t('directory.title')} subtitle={t('directory.subtitle')} />
      <nav className="dir-tabs" aria-label={t('directory.tabs.label')}>
        {TABS.map(({ tab: name, icon: Icon }) => (
          <a
            key={name}
            className="dir-tabs__link"
            href={`#/directory/${name}`}
            aria-current={tab === name ? 'page' : undefined}
          >
            <Icon size={16} aria-hidden />
            {t(`directory.tabs.${name}`)}
          </a>
        ))}
      </nav>
      {tab === 'organisations' ? <OrganisationsTab openId={recordId} /> : null}
      {tab === 'people' ? <PeopleTab openId={recordId} /> : null}
      {tab === 'committees' && committeeId === null ? <CommitteesTab /> : null}
      {tab === 'committees' && committeeId !== null ? <CommitteePage key={committeeId} id={committeeId} /> : null}
      {tab === 'import' ? <ImportTab /> : null}
    </div>
  )
}
