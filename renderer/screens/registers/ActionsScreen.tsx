import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileSpreadsheet } from 'lucide-react'
import type { Committee } from '../../../shared/domain/directory'
import type { ActionEntry } from '../../../shared/domain/registers'
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/vocabulary'
import { api } from '../../api/client'
import { Field } from '../../components/Field'
import { PageHeader } from '../../components/PageHeader'
import { errorMessage } from '../../components/error-message'
import { ActionRow } from './ActionRow'
import { ExportFileButton } from './ExportFileButton'
import './registers.css'

const PAGE = 100

interface Filters {
  committeeId: number | null
  status: ActionStatus | null
  openOnly: boolean
  overdueOnly: boolean
}

type Rows =
  | { state: 'loading' }
  | { state: 'ready'; rows: ActionEntry[]; total: number; open: number; overdue: number }
  | { state: 'error'; message: string }

/** « Actions »: the next steps of every meeting, overdue first, with their follow-up. */
export function ActionsScreen() {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<Filters>({
    committeeId: null,
    status: null,
    openOnly: false,
    overdueOnly: false,
  })
  const [rows, setRows] = useState<Rows>({ state: 'loading' })
  const [committees, setCommittees] = useState<Committee[]>([])
  const [error, setError] = useState<string | null>(null)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    let alive = true
    api.committees.list({}).then(
      (c) => alive && setCommittees(c),
      (e: unknown) => alive && setError(errorMessage(e)),
    )
    return () => {
      alive = false
    }
  }, [])

  const query = {
    ...(filters.committeeId !== null ? { committeeId: filters.committeeId } : {}),
    ...(filters.status !== null ? { status: filters.status } : {}),
    ...(filters.openOnly ? { openOnly: true } : {}),
    ...(filters.overdueOnly ? { overdueOnly: true } : {}),
  }
  const key = JSON.stringify(query)
  useEffect(() => {
    let alive = true
    api.actions.list({ filter: query, limit: PAGE }).then(
      (page) =>
        alive &&
        setRows({
          state: 'ready',
          rows: page.rows,
          total: page.total,
          open: page.openCount,
          overdue: page.overdueCount,
        }),
      (e: unknown) => alive && setRows({ state: 'error', message: errorMessage(e) }),
    )
    return () => {
      alive = false
    }
    // `query` is rebuilt from `key` at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reload])

  function showMore() {
    if (rows.state !== 'ready') return
    api.actions.list({ filter: query, limit: PAGE, offset: rows.rows.length }).then(
      (page) =>
        setRows((before) => (before.state === 'ready' ? { ...before, rows: [...before.rows, ...page.rows] } : before)),
      (e: unknown) => setError(errorMessage(e)),
    )
  }

  function replaced(entry: ActionEntry) {
    setRows((before) =>
      before.state === 'ready' ? { ...before, rows: before.rows.map((a) => (a.id === entry.id ? entry : a)) } : before,
    )
  }

  return (
    <div className="page register-page">
      <PageHeader
        title={t('registers.actions.title')}
        subtitle={
          rows.state === 'ready'
            ? `${t('registers.actions.count', { count: rows.total })} — ${t('registers.actions.counts', { count: rows.open, overdue: rows.overdue })}`
            : t('registers.actions.intro')
        }
        actions={
          <ExportFileButton
            label={t('registers.export.excel')}
            icon={<FileSpreadsheet size={16} aria-hidden />}
            run={() => api.actions.export({ filter: query })}
          />
        }
      />
      <div
        className="register-filters register-filters--actions"
        role="search"
        aria-label={t('registers.actions.title')}
      >
        <Field label={t('registers.filters.committee')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={filters.committeeId ?? ''}
              onChange={(e) => setFilters({ ...filters, committeeId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('registers.filters.allCommittees')}</option>
              {committees.map((committee) => (
                <option key={committee.id} value={committee.id}>
                  {committee.acronym || committee.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('registers.filters.status')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={filters.status ?? ''}
              onChange={(e) => setFilters({ ...filters, status: (e.target.value || null) as ActionStatus | null })}
            >
              <option value="">{t('registers.filters.allStatuses')}</option>
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`registers.actionStatuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="register-filters__check">
          <input
            type="checkbox"
            checked={filters.openOnly}
            onChange={(e) => setFilters({ ...filters, openOnly: e.target.checked })}
          />
          {t('registers.actions.openOnly')}
        </label>
        <label className="register-filters__check">
          <input
            type="checkbox"
            checked={filters.overdueOnly}
            onChange={(e) => setFilters({ ...filters, overdueOnly: e.target.checked })}
          />
          {t('registers.actions.overdueOnly')}
        </label>
      </div>
      {error ? (
        <div className="banner banner--error" role="alert">
          <span className="banner__text">{error}</span>
          <button type="button" className="btn btn--sm" onClick={() => setError(null)}>
            {t('ui.common.close')}
          </button>
        </div>
      ) : null}
      {rows.state === 'loading' ? <div className="card empty">{t('ui.common.loading')}</div> : null}
      {rows.state === 'error' ? (
        <div className="banner banner--error" role="alert">
          <span className="banner__text">{rows.message}</span>
          <button type="button" className="btn btn--sm" onClick={() => setReload((n) => n + 1)}>
            {t('ui.common.retry')}
          </button>
        </div>
      ) : null}
      {rows.state === 'ready' && rows.rows.length === 0 ? (
        <div className="card empty">{t('registers.actions.none')}</div>
      ) : null}
      {rows.state === 'ready' && rows.rows.length > 0 ? (
        <div className="card register-table-card">
          <table className="register-table">
            <thead>
              <tr>
                <th scope="col">{t('registers.actions.meeting')}</th>
                <th scope="col">{t('registers.actions.action')}</th>
                <th scope="col">{t('registers.actions.due')}</th>
                <th scope="col">{t('registers.actions.status')}</th>
                <th scope="col">{t('registers.actions.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.rows.map((a) => (
                <ActionRow key={a.id} action={a} onSaved={replaced} onError={setError} />
              ))}
            </tbody>
          </table>
          {rows.rows.length < rows.total ? (
            <div className="register-table__more">
              <button type="button" className="btn" onClick={showMore}>
                {t('meetings.list.showMore', { count: rows.total - rows.rows.length })}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
