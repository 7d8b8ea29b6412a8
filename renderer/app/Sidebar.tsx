import { useTranslation } from 'react-i18next'
import { Search, BookUser, CalendarDays, ClipboardCheck, Gavel, ListChecks, Settings, Trash2, type LucideIcon } from 'lucide-react'
import type { Section } from './routes'
import { openSearch } from '../screens/search/SearchPalette'

const ITEMS: { section: Section; icon: LucideIcon }[] = [
  { section: 'meetings', icon: CalendarDays },
  { section: 'decisions', icon: Gavel },
  { section: 'actions', icon: ClipboardCheck },
  { section: 'plan', icon: ListChecks },
  { section: 'directory', icon: BookUser },
  { section: 'settings', icon: Settings },
  { section: 'trash', icon: Trash2 },
]

export function Sidebar({ current }: { current: Section }) {
  const { t } = useTranslation()
  return (
    <nav className="sidebar" aria-label={t('ui.nav.label')}>
      <div className="sidebar__brand">
        <span className="sidebar__name">{t('app.name')}</span>
        <span className="sidebar__tagline">{t('app.tagline')}</span>
      </div>
      <button type="button" className="sidebar__link sidebar__search" onClick={openSearch} title={t('search.open')}>
        <Search size={18} aria-hidden />
        {t('search.nav')}
        <kbd className="sidebar__kbd">{t('search.shortcut')}</kbd>
      </button>
      {ITEMS.map(({ section, icon: Icon }) => (
        <a
          key={section}
          className="sidebar__link"
          href={`#/${section}`}
          aria-current={current === section ? 'page' : undefined}
        >
          <Icon size={18} aria-hidden />
          {t(`ui.nav.${section}`)}
        </a>
      ))}
    </nav>
  )
}
