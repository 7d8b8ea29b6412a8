import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileSpreadsheet, FileText } from 'lucide-react'
import type { Committee } from '../../../shared/domain/directory'
import type { MeetingSummary } from '../../../shared/domain/meetings'
import type { EngagementChoice } from '../../../shared/domain/registers'
import { api } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { errorMessage } from '../../components/error-message'
import { DecisionFilters, NO_DECISION_FILTERS, decisionQuery, type DecisionFilterValues } from './DecisionFilters'
import { DecisionRow } from './DecisionRow'
import { ExportFileButton } from './ExportFileButton'
import { RegisterTable } from './RegisterTable'
import { RegisterStatus } from './RegisterStatus'
import { useRegisterPage } from './use-register-page'
import './registers.css'

const PAGE = 100

/** « Décisions »: every decision of every meeting, numbered, filtered, with its status and engagements. */
export function DecisionsScreen() {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<DecisionFilterValues>(NO_DECISION_FILTERS)
  const [committees, setCommittees] = useState<Committee[]>([])
  const [meetings, setMeetings] = useState<MeetingSummary[]>([])
  const [engagements, setEngagements] = useState<EngagementChoice[]>([])
  const [error, setError] = useState<string | null>(null)

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
  const { rows, showMore, replaced, retry } = useRegisterPage(
    (offset) => api.decisions.register({ filter: query, limit: PAGE, ...(offset > 0 ? { offset } : {}) }),
    JSON.stringify(query),
    setError,
  )

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
      <RegisterStatus error={error} onCloseError={() => setError(null)} rows={rows} onRetry={retry} />
      {rows.state === 'ready' && rows.rows.length === 0 ? (
        <div className="card empty">
          <p>{t('registers.decisions.none')}</p>
          <button type="button" className="btn" onClick={() => setFilters(NO_DECISION_FILTERS)}>
            {t('registers.filters.reset')}
          </button>
        </div>
      ) : null}
      {rows.state === 'ready' && rows.rows.length > 0 ? (
        <RegisterTable
          columns={[
            t('registers.decisions.number'),
            t('registers.decisions.meeting'),
            t('registers.decisions.decision'),
            t('registers.decisions.status'),
            t('registers.decisions.engagements'),
          ]}
          shown={rows.rows.length}
          total={rows.total}
          onMore={showMore}
        >
          {rows.rows.map((d) => (
            <DecisionRow key={d.id} decision={d} engagements={engagements} onSaved={replaced} onError={setError} />
          ))}
        </RegisterTable>
      ) : null}
    </div>
  )
}
