import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Pencil, Plus, Trash2 } from 'lucide-react'
import type { Organisation } from '../../../../shared/domain/directory'
import type { Side } from '../../../../shared/domain/vocabulary'
import { api } from '../../../api/client'
import { ConfirmDialog } from '../parts/ConfirmDialog'
import { LoadError } from '../parts/LoadState'
import { SideBadge } from '../parts/SideBadge'
import { SearchBox, SideFilter } from '../parts/Toolbar'
import { useDebounced } from '../parts/use-debounced'
import { useLoader } from '../parts/use-loader'
import { leaveRecord, useOpenRecord } from '../parts/use-open-record'
import { WindowedTable, type Column } from '../parts/WindowedTable'
import { OrganisationDialog } from './OrganisationDialog'

type Open = { kind: 'edit'; organisation: Organisation | null } | { kind: 'delete'; organisation: Organisation } | null

const listOrganisations = () => api.organisations.list({})

/**
 * The organisations of the directory: search, filter by side, create, edit, delete.
 * `openId` (#/directory/organisations/<id>, a search result) opens that organisation.
 */
export function OrganisationsTab({ openId = null }: { openId?: number | null }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [side, setSide] = useState<Side | ''>('')
  const [open, setOpen] = useState<Open>(null)
  const query = useDebounced(search.trim())
  useOpenRecord(openId, listOrganisations, (organisation) => setOpen({ kind: 'edit', organisation }))
  const close = () => {
    setOpen(null)
    leaveRecord(openId, 'organisations')
  }

  const load = useCallback(
    () => api.organisations.list({ ...(side ? { side } : {}), ...(query ? { search: query } : {}) }),
    [side, query],
  )
  const { data, error, loading, reload } = useLoader(load)
  const rows = data ?? []
  const filtered = side !== '' || query !== ''

  const columns: Column<Organisation>[] = [
    {
      key: 'name',
      header: t('directory.organisations.name'),
      render: (o) => (
        <button
          type="button"
          className="link-btn cell-text"
          title={o.name}
          onClick={() => setOpen({ kind: 'edit', organisation: o })}
        >
          {o.name}
        </button>
      ),
    },
    {
      key: 'acronym',
      header: t('directory.organisations.acronym'),
      width: '120px',
      render: (o) => o.acronym || <span className="muted">—</span>,
    },
    { key: 'side', header: t('directory.common.side'), width: '250px', render: (o) => <SideBadge side={o.side} /> },
    {
      key: 'people',
      header: t('directory.organisations.people'),
      width: '100px',
      className: 'num',
      render: (o) => o.peopleCount,
    },
    {
      key: 'actions',
      header: t('directory.common.actions'),
      width: '86px',
      className: 'actions',
      render: (o) => (
        <>
          <button
            type="button"
            className="icon-btn"
            aria-label={t('directory.organisations.editLabel', { name: o.name })}
            title={t('directory.common.edit')}
            onClick={() => setOpen({ kind: 'edit', organisation: o })}
          >
            <Pencil size={15} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={t('directory.organisations.deleteLabel', { name: o.name })}
            title={t('directory.common.delete')}
            onClick={() => setOpen({ kind: 'delete', organisation: o })}
          >
            <Trash2 size={15} aria-hidden />
          </button>
        </>
      ),
    },
  ]

  return (
    <section className="dir-tab" aria-labelledby="dir-organisations-heading">
      <h2 id="dir-organisations-heading" className="sr-only">
        {t('directory.organisations.heading')}
      </h2>
      <div className="toolbar">
        <SearchBox
          value={search}
          onChange={setSearch}
          label={t('directory.common.search')}
          placeholder={t('directory.organisations.searchPlaceholder')}
        />
        <SideFilter value={side} onChange={setSide} />
        <span className="toolbar__count" aria-live="polite">
          {loading && !data
            ? t('directory.common.loading')
            : t('directory.organisations.count', { count: rows.length })}
        </span>
        <span className="toolbar__spacer" />
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => setOpen({ kind: 'edit', organisation: null })}
        >
          <Plus size={16} aria-hidden />
          {t('directory.organisations.add')}
        </button>
      </div>
      <LoadError error={error} onRetry={reload} />
      <WindowedTable
        label={t('directory.organisations.tableLabel')}
        rows={rows}
        columns={columns}
        rowKey={(o) => o.id}
        empty={
          loading
            ? t('directory.common.loading')
            : t(filtered ? 'directory.organisations.noMatch' : 'directory.organisations.empty')
        }
      />
      {open?.kind === 'edit' ? (
        <OrganisationDialog
          organisation={open.organisation}
          onClose={close}
          onSaved={() => {
            close()
            reload()
          }}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('directory.organisations.deleteTitle')}
          message={t('directory.organisations.deleteMessage', { name: open.organisation.name })}
          confirmLabel={t('directory.organisations.deleteConfirm')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await api.organisations.delete({ id: open.organisation.id })
            setOpen(null)
            reload()
          }}
        />
      ) : null}
    </section>
  )
}
