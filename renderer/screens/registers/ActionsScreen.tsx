import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileSpreadsheet, FileText } from 'lucide-react'
import type { Committee } from '../../../shared/domain/directory'
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/vocabulary'
import { api } from '../../api/client'
import { Field } from '../../components/Field'
import { PageHeader } from '../../components/PageHeader'
import { errorMessage } from '../../components/error-message'
import { ActionRow } from './ActionRow'
import { ExportFileButton } from './ExportFileButton'
import { RegisterTable } from './RegisterTable'
import { StatusFilter } from './StatusFilter'
import { RegisterStatus } from './RegisterStatus'
import { useRegisterPage } from './use-register-page'
import './registers.css'

const PAGE = 100

interface Filters {
  committeeId: number | null
  status: ActionStatus | null
  openOnly: boolean
  overdueOnly: boolean
}

/** « Actions »: the next steps of every meeting, overdue first, with their follow-up. */
export function ActionsScreen() {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<Filters>({
    committeeId: null,
    status: null,
    openOnly: false,
    overdueOnly: false,
  })
  const [committees, setCommittees] = useState<Committee[]>([])
  const [error, setError] = useState<string | null>(null)

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
  const { rows, showMore, replaced, retry } = useRegisterPage(
    (offset) => api.actions.list({ filter: query, limit: PAGE, ...(offset > 0 ? { offset } : {}) }),
    JSON.stringify(query),
    setError,
  )

  return (
    <div className="page register-page">
      <PageHeader
        title={t('registers.actions.title')}
        subtitle={
          rows.state === 'ready'
            ? t('locale.twoParts', {
                first: t('registers.actions.count', { count: rows.total }),
                second: t('registers.actions.counts', { count: rows.openCount, overdue: rows.overdueCount }),
              })
            : t('registers.actions.intro')
        }
        actions={
          <>
            <ExportFileButton
              label={t('registers.export.excel')}
              icon={<FileSpreadsheet size={16} aria-hidden />}
              run={() => api.actions.export({ format: 'xlsx', filter: query })}
            />
            <ExportFileButton
              label={t('registers.export.pdf')}
              icon={<FileText size={16} aria-hidden />}
              run={() => api.actions.export({ format: 'pdf', filter: query })}
            />
          </>
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
        <StatusFilter
          statuses={ACTION_STATUSES}
          labelOf={(s) => t(`registers.actionStatuses.${s}`)}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status })}
        />
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
      <RegisterStatus error={error} onCloseError={() => setError(null)} rows={rows} onRetry={retry} />
      {rows.state === 'ready' && rows.rows.length === 0 ? (
        <div className="card empty">{t('registers.actions.none')}</div>
      ) : null}
      {rows.state === 'ready' && rows.rows.length > 0 ? (
        <RegisterTable
          columns={[
            t('registers.actions.meeting'),
            t('registers.actions.action'),
            t('registers.actions.due'),
            t('registers.actions.status'),
            t('registers.actions.notes'),
          ]}
          shown={rows.rows.length}
          total={rows.total}
          onMore={showMore}
        >
          {rows.rows.map((a) => (
            <ActionRow key={a.id} action={a} onSaved={replaced} onError={setError} />
          ))}
        </RegisterTable>
      ) : null}
    </div>
  )
}
