import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileSpreadsheet, FileText } from 'lucide-react'
import type { Committee } from '../../../shared/domain/directory'
import type { MeetingSummary } from '../../../shared/domain/meetings'
import type { DecisionEntry, EngagementChoice } from '../../../shared/domain/registers'
import { api } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { errorMessage } from '../../components/error-message'
import { DecisionFilters, NO_DECISION_FILTERS, decisionQuery, type DecisionFilterValues } from './DecisionFilters'
import { DecisionRow } from './DecisionRow'
import { ExportFileButton } from './ExportFileButton'
import './registers.css'

const PAGE = 100

type Rows =
  { state: 'loading' } | { state: 'ready'; rows: DecisionEntry[]; total: number } | { state: 'error'; message: string }

/** « Décisions »: every decision of every meeting, numbered, filtered, with its status and engagements. */
export function DecisionsScreen() {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<DecisionFilterValues>(NO_DECISION_FILTERS)
  const [rows, setRows] = useState<Rows>({ state: 'loading' })
  const [committees, setCommittees] = useState<Committee[]>([])
  const [meetings, setMeetings] = useState<MeetingSummary[]>([])
  const [engagements, setEngagements] = useState<EngagementChoice[]>([])
  const [error, setError] = useState<string | null>(null)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    let alive = true
    Promise.all([api.committees.list({}), api.decisions.engagementChoices({})]).then(
      ([c, e]) => {
        if (!alive) return
        setCommittees(c)
        setEngagements(e)
      },
      (e: unknown) => alive && setError(errorMessage(e)),
    )
    return () => {
      alive = false
    }
  }, [])

  // The meeting filter offers the meetings of the chosen committee (or the latest ones).
  useEffect(() => {
    let alive = true
    api.meetings
      .list({ ...(filters.committeeId !== null ? { committeeId: filters.committeeId } : {}), limit: 200 })
      .then(
        (page) => alive && setMeetings(page.meetings),
        (e: unknown) => alive && setError(errorMessage(e)),
      )
    return () => {
      alive = false
    }
  }, [filters.committeeId])

  const query = decisionQuery(filters)
  const key = JSON.stringify(query)
  useEffect(() => {
    let alive = true
    api.decisions.register({ filter: query, limit: PAGE }).then(
      (page) => alive && setRows({ state: 'ready', rows: page.rows, total: page.total }),
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
    api.decisions.register({ filter: query, limit: PAGE, offset: rows.rows.length }).then(
      (page) =>
        setRows((before) => (before.state === 'ready' ? { ...before, rows: [...before.rows, ...page.rows] } : before)),
      (e: unknown) => setError(errorMessage(e)),
    )
  }

  function replaced(entry: DecisionEntry) {
    setRows((before) =>
      before.state === 'ready' ? { ...before, rows: before.rows.map((d) => (d.id === entry.id ? entry : d)) } : before,
    )
  }

  return (
    <div className="page register-page">
      <PageHeader
        title={t('registers.decisions.title')}
        subtitle={
          rows.state === 'ready'
            ? t('registers.decisions.count', { count: rows.total })
            : t('registers.decisions.intro')
        }
        actions={
          <>
            <ExportFileButton
              label={t('registers.export.excel')}
              icon={<FileSpreadsheet size={16} aria-hidden />}
              run={() => api.decisions.export({ format: 'xlsx', filter: query })}
            />
            <ExportFileButton
              label={t('registers.export.pdf')}
              icon={<FileText size={16} aria-hidden />}
              run={() => api.decisions.export({ format: 'pdf', filter: query })}
            />
          </>
        }
      />
      <DecisionFilters
        value={filters}
        onChange={setFilters}
        committees={committees}
        meetings={meetings}
        engagements={engagements}
      />
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
        <div className="card empty">
          <p>{t('registers.decisions.none')}</p>
          <button type="button" className="btn" onClick={() => setFilters(NO_DECISION_FILTERS)}>
            {t('registers.filters.reset')}
          </button>
        </div>
      ) : null}
      {rows.state === 'ready' && rows.rows.length > 0 ? (
        <div className="card register-table-card">
          <table className="register-table">
            <thead>
              <tr>
                <th scope="col">{t('registers.decisions.number')}</th>
                <th scope="col">{t('registers.decisions.meeting')}</th>
                <th scope="col">{t('registers.decisions.decision')}</th>
                <th scope="col">{t('registers.decisions.status')}</th>
                <th scope="col">{t('registers.decisions.engagements')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.rows.map((d) => (
                <DecisionRow key={d.id} decision={d} engagements={engagements} onSaved={replaced} onError={setError} />
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
