import { useTranslation } from 'react-i18next'
import { Pencil, UserMinus } from 'lucide-react'
import type { Membership } from '../../../../shared/domain/directory'
import { personName, shortDate } from '../parts/format'
import { SideBadge } from '../parts/SideBadge'
import { WindowedTable, type Column } from '../parts/WindowedTable'
import { isCurrent } from './members'

interface Props {
  members: readonly Membership[]
  today: string
  onEdit: (m: Membership) => void
  onRemove: (m: Membership) => void
}

/** The committee's members with role, mandate and whether it is still running. */
export function MembersTable({ members, today, onEdit, onRemove }: Props) {
  const { t } = useTranslation()

  const mandate = (m: Membership) => {
    if (m.startDate && m.endDate)
      return t('directory.members.fromTo', { start: shortDate(m.startDate), end: shortDate(m.endDate) })
    if (m.startDate) return t('directory.members.since', { date: shortDate(m.startDate) })
    if (m.endDate) return t('directory.members.until', { date: shortDate(m.endDate) })
    return '—'
  }

  const columns: Column<Membership>[] = [
    {
      key: 'name',
      header: t('directory.members.person'),
      width: '21%',
      render: (m) => (
        <button type="button" className="link-btn cell-text" title={personName(m.person)} onClick={() => onEdit(m)}>
          {personName(m.person)}
        </button>
      ),
    },
    {
      key: 'organisation',
      header: t('directory.people.organisation'),
      render: (m) => (
        <span className="cell-text" title={m.person.organisationName}>
          {m.person.organisationName || '—'}
        </span>
      ),
    },
    {
      key: 'side',
      header: t('directory.common.side'),
      width: '205px',
      render: (m) => <SideBadge side={m.person.side} />,
    },
    { key: 'role', header: t('directory.members.role'), width: '135px', render: (m) => t(`roles.${m.role}`) },
    {
      key: 'mandate',
      header: t('directory.members.mandate'),
      width: '205px',
      render: (m) => (
        <span className="cell-text" title={mandate(m)}>
          {mandate(m)}
        </span>
      ),
    },
    {
      key: 'state',
      header: t('directory.members.state'),
      width: '80px',
      render: (m) =>
        isCurrent(m, today) ? (
          <span className="state state--on">{t('directory.members.open')}</span>
        ) : (
          <span className="state state--off">{t('directory.members.ended')}</span>
        ),
    },
    {
      key: 'actions',
      header: t('directory.common.actions'),
      width: '86px',
      className: 'actions',
      render: (m) => (
        <>
          <button
            type="button"
            className="icon-btn"
            aria-label={t('directory.members.editLabel', { name: personName(m.person) })}
            title={t('directory.common.edit')}
            onClick={() => onEdit(m)}
          >
            <Pencil size={15} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={t('directory.members.removeLabel', { name: personName(m.person) })}
            title={t('directory.members.removeConfirm')}
            onClick={() => onRemove(m)}
          >
            <UserMinus size={15} aria-hidden />
          </button>
        </>
      ),
    },
  ]

  return (
    <WindowedTable
      label={t('directory.members.tableLabel')}
      rows={members}
      columns={columns}
      rowKey={(m) => m.id}
      empty={t('directory.members.empty')}
    />
  )
}
