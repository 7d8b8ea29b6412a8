import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Pencil, Plus, Trash2 } from 'lucide-react'
import type { Committee } from '../../../../shared/domain/directory'
import { api } from '../../../api/client'
import { navigate } from '../../../app/routes'
import { ConfirmDialog } from '../parts/ConfirmDialog'
import { LoadError } from '../parts/LoadState'
import { useLoader } from '../parts/use-loader'
import { WindowedTable, type Column } from '../parts/WindowedTable'
import { CommitteeDialog } from './CommitteeDialog'
import { describeQuorum } from './quorum'

type Open = { kind: 'edit'; committee: Committee | null } | { kind: 'delete'; committee: Committee } | null

/** The committees: list, create, edit, delete; a committee's name opens its members. */
export function CommitteesTab() {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Open>(null)
  const load = useCallback(() => api.committees.list({}), [])
  const { data, error, loading, reload } = useLoader(load)
  const rows = data ?? []

  const columns: Column<Committee>[] = [
    {
      key: 'name',
      header: t('directory.committees.name'),
      render: (c) => (
        <a className="link cell-text" href={`#/directory/committees/${c.id}`} title={c.name}>
          {c.name}
        </a>
      ),
    },
    {
      key: 'acronym',
      header: t('directory.committees.acronym'),
      width: '110px',
      render: (c) => c.acronym || <span className="muted">—</span>,
    },
    {
      key: 'place',
      header: t('directory.committees.defaultPlace'),
      width: '22%',
      render: (c) =>
        c.defaultPlace ? (
          <span className="cell-text" title={c.defaultPlace}>
            {c.defaultPlace}
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'quorum',
      header: t('directory.committees.quorum'),
      width: '20%',
      render: (c) => <span className="cell-text">{describeQuorum(t, c.quorum)}</span>,
    },
    {
      key: 'members',
      header: t('directory.committees.members'),
      width: '90px',
      className: 'num',
      render: (c) => c.memberCount,
    },
    {
      key: 'actions',
      header: t('directory.common.actions'),
      width: '86px',
      className: 'actions',
      render: (c) => (
        <>
          <button
            type="button"
            className="icon-btn"
            aria-label={`${t('directory.common.edit')} ${c.name}`}
            title={t('directory.common.edit')}
            onClick={() => setOpen({ kind: 'edit', committee: c })}
          >
            <Pencil size={15} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={`${t('directory.common.delete')} ${c.name}`}
            title={t('directory.common.delete')}
            onClick={() => setOpen({ kind: 'delete', committee: c })}
          >
            <Trash2 size={15} aria-hidden />
          </button>
        </>
      ),
    },
  ]

  return (
    <section className="dir-tab" aria-labelledby="dir-committees-heading">
      <h2 id="dir-committees-heading" className="sr-only">
        {t('directory.committees.heading')}
      </h2>
      <div className="toolbar">
        <span className="toolbar__count" aria-live="polite">
          {loading && !data ? t('directory.common.loading') : t('directory.committees.count', { count: rows.length })}
        </span>
        <span className="toolbar__spacer" />
        <button type="button" className="btn btn--primary" onClick={() => setOpen({ kind: 'edit', committee: null })}>
          <Plus size={16} aria-hidden />
          {t('directory.committees.add')}
        </button>
      </div>
      <LoadError error={error} onRetry={reload} />
      <WindowedTable
        label={t('directory.committees.tableLabel')}
        rows={rows}
        columns={columns}
        rowKey={(c) => c.id}
        empty={loading ? t('directory.common.loading') : t('directory.committees.empty')}
      />
      {open?.kind === 'edit' ? (
        <CommitteeDialog
          committee={open.committee}
          onClose={() => setOpen(null)}
          onSaved={(saved) => {
            setOpen(null)
            // A new committee is empty: go straight to it so members can be added.
            if (!open.committee) navigate(`directory/committees/${saved.id}`)
            else reload()
          }}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('directory.committees.deleteTitle')}
          message={t('directory.committees.deleteMessage', { name: open.committee.name })}
          confirmLabel={t('directory.committees.deleteConfirm')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await api.committees.delete({ id: open.committee.id })
            setOpen(null)
            reload()
          }}
        />
      ) : null}
    </section>
  )
}
