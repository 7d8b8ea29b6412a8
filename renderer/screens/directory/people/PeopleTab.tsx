import { useCallback, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Pencil, Plus, Trash2 } from 'lucide-react'
import type { Person } from '../../../../shared/domain/directory'
import { organisationLabel } from '../../../../shared/domain/directory'
import type { Side } from '../../../../shared/domain/vocabulary'
import { api } from '../../../api/client'
import { ConfirmDialog } from '../parts/ConfirmDialog'
import { personName } from '../parts/format'
import { LoadError } from '../parts/LoadState'
import { SideBadge } from '../parts/SideBadge'
import { SearchBox, SideFilter } from '../parts/Toolbar'
import { useDebounced } from '../parts/use-debounced'
import { useLoader } from '../parts/use-loader'
import { leaveRecord, useOpenRecord } from '../parts/use-open-record'
import { WindowedTable, type Column } from '../parts/WindowedTable'
import { PersonDialog } from './PersonDialog'

type Open = { kind: 'edit'; person: Person | null } | { kind: 'delete'; person: Person } | null

const listOrganisations = () => api.organisations.list({})
const listPeople = () => api.people.list({})

/**
 * The people of the directory: search, filter by side and organisation, create, edit, delete.
 * `openId` (#/directory/people/<id>, a search result) opens that person.
 */
export function PeopleTab({ openId = null }: { openId?: number | null }) {
  const { t } = useTranslation()
  const organisationFilterId = useId()
  const [search, setSearch] = useState('')
  const [side, setSide] = useState<Side | ''>('')
  const [organisationId, setOrganisationId] = useState<number | null>(null)
  const [open, setOpen] = useState<Open>(null)
  const query = useDebounced(search.trim())
  useOpenRecord(openId, listPeople, (person) => setOpen({ kind: 'edit', person }))
  const close = () => {
    setOpen(null)
    leaveRecord(openId, 'people')
  }

  const load = useCallback(
    () =>
      api.people.list({
        ...(side ? { side } : {}),
        ...(organisationId ? { organisationId } : {}),
        ...(query ? { search: query } : {}),
      }),
    [side, organisationId, query],
  )
  const people = useLoader(load)
  const organisations = useLoader(listOrganisations)
  const rows = people.data ?? []
  const filtered = side !== '' || organisationId !== null || query !== ''

  const cell = (text: string) =>
    text ? (
      <span className="cell-text" title={text}>
        {text}
      </span>
    ) : (
      <span className="muted">—</span>
    )

  const columns: Column<Person>[] = [
    {
      key: 'name',
      header: t('directory.people.nameAndFunction'),
      width: '22%',
      render: (p) => (
        <div className="cell-stack">
          <button
            type="button"
            className="link-btn cell-text"
            title={personName(p)}
            onClick={() => setOpen({ kind: 'edit', person: p })}
          >
            {personName(p)}
          </button>
          {p.function ? (
            <span className="cell-text cell-sub" title={p.function}>
              {p.function}
            </span>
          ) : null}
        </div>
      ),
    },
    {
      key: 'organisation',
      header: t('directory.people.organisation'),
      render: (p) =>
        p.organisationName ? (
          <span className="cell-clamp" title={p.organisationName}>
            {p.organisationName}
          </span>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { key: 'side', header: t('directory.common.side'), width: '190px', render: (p) => <SideBadge side={p.side} /> },
    { key: 'email', header: t('directory.people.email'), width: '17%', render: (p) => cell(p.email) },
    { key: 'phone', header: t('directory.people.phone'), width: '150px', render: (p) => cell(p.phone) },
    {
      key: 'actions',
      header: t('directory.common.actions'),
      width: '86px',
      className: 'actions',
      render: (p) => (
        <>
          <button
            type="button"
            className="icon-btn"
            aria-label={t('directory.people.editLabel', { name: personName(p) })}
            title={t('directory.common.edit')}
            onClick={() => setOpen({ kind: 'edit', person: p })}
          >
            <Pencil size={15} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={t('directory.people.deleteLabel', { name: personName(p) })}
            title={t('directory.common.delete')}
            onClick={() => setOpen({ kind: 'delete', person: p })}
          >
            <Trash2 size={15} aria-hidden />
          </button>
        </>
      ),
    },
  ]

  return (
    <section className="dir-tab" aria-labelledby="dir-people-heading">
      <h2 id="dir-people-heading" className="sr-only">
        {t('directory.people.heading')}
      </h2>
      <div className="toolbar">
        <SearchBox
          value={search}
          onChange={setSearch}
          label={t('directory.common.search')}
          placeholder={t('directory.people.searchPlaceholder')}
        />
        <SideFilter value={side} onChange={setSide} />
        <div className="filter filter--wide">
          <label htmlFor={organisationFilterId} className="sr-only">
            {t('directory.people.organisation')}
          </label>
          <select
            id={organisationFilterId}
            className="input"
            value={organisationId ?? ''}
            onChange={(e) => setOrganisationId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('directory.people.allOrganisations')}</option>
            {(organisations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {organisationLabel(o)}
              </option>
            ))}
          </select>
        </div>
        <span className="toolbar__count" aria-live="polite">
          {people.loading && !people.data
            ? t('directory.common.loading')
            : t('directory.people.count', { count: rows.length })}
        </span>
        <span className="toolbar__spacer" />
        <button type="button" className="btn btn--primary" onClick={() => setOpen({ kind: 'edit', person: null })}>
          <Plus size={16} aria-hidden />
          {t('directory.people.add')}
        </button>
      </div>
      <LoadError
        error={people.error ?? organisations.error}
        onRetry={() => (people.error ? people.reload() : organisations.reload())}
      />
      <WindowedTable
        label={t('directory.people.tableLabel')}
        rows={rows}
        columns={columns}
        rowKey={(p) => p.id}
        rowHeight={54}
        empty={
          people.loading
            ? t('directory.common.loading')
            : t(filtered ? 'directory.people.noMatch' : 'directory.people.empty')
        }
      />
      {open?.kind === 'edit' ? (
        <PersonDialog
          person={open.person}
          organisations={organisations.data ?? []}
          onClose={close}
          onOrganisationCreated={organisations.reload}
          onSaved={() => {
            close()
            people.reload()
            organisations.reload()
          }}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('directory.people.deleteTitle')}
          message={t('directory.people.deleteMessage', { name: personName(open.person) })}
          confirmLabel={t('directory.people.deleteConfirm')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await api.people.delete({ id: open.person.id })
            setOpen(null)
            people.reload()
            organisations.reload()
          }}
        />
      ) : null}
    </section>
  )
}
