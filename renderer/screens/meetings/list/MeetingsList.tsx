import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CalendarPlus } from 'lucide-react'
import type { Committee } from '../../../../shared/domain/directory'
import type { MeetingSummary } from '../../../../shared/domain/meetings'
import { api } from '../../../api/client'
import { navigate } from '../../../app/routes'
import { PageHeader } from '../../../components/PageHeader'
import { errorMessage } from '../../../components/error-message'
import { MeetingFilters, NO_FILTERS, type MeetingFilterValues } from './MeetingFilters'
import { MeetingsTable } from './MeetingsTable'
import { NewMeetingDialog } from './NewMeetingDialog'
import '../meetings.css'

type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string }

/** The meetings list: filters, newest first, and « Nouvelle réunion ». */
export function MeetingsList() {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<MeetingFilterValues>(NO_FILTERS)
  const [search, setSearch] = useState('')
  const [all, setAll] = useState<MeetingSummary[]>([])
  const [rows, setRows] = useState<Load<MeetingSummary[]>>({ state: 'loading' })
  const [committees, setCommittees] = useState<Committee[]>([])
  const [creating, setCreating] = useState(false)
  const [reload, setReload] = useState(0)
  const [metaError, setMetaError] = useState<string | null>(null)

  // The title search waits for a pause in typing; the other filters apply at once.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(filters.search.trim()), 250)
    return () => clearTimeout(timer)
  }, [filters.search])

  useEffect(() => {
    let alive = true
    Promise.all([api.committees.list({}), api.meetings.list({})]).then(
      ([committeeList, meetingList]) => {
        if (!alive) return
        setCommittees(committeeList)
        setAll(meetingList)
        setMetaError(null)
      },
      (error: unknown) => alive && setMetaError(errorMessage(error)),
    )
    return () => {
      alive = false
    }
  }, [reload])

  useEffect(() => {
    let alive = true
    api.meetings
      .list({
        ...(filters.committeeId !== null ? { committeeId: filters.committeeId } : {}),
        ...(filters.year !== null ? { year: filters.year } : {}),
        ...(filters.status !== null ? { status: filters.status } : {}),
        ...(search ? { search } : {}),
      })
      .then(
        (value) => alive && setRows({ state: 'ready', value }),
        (error: unknown) => alive && setRows({ state: 'error', message: errorMessage(error) }),
      )
    return () => {
      alive = false
    }
  }, [filters.committeeId, filters.year, filters.status, search, reload])

  const years = useMemo(() => {
    const set = new Set<number>()
    for (const m of all) for (const d of m.dates) set.add(Number(d.date.slice(0, 4)))
    return [...set].filter((y) => y > 0).sort((a, b) => b - a)
  }, [all])

  const filtered = filters.committeeId !== null || filters.year !== null || filters.status !== null || search !== ''
  const tableKey = `${filters.committeeId}-${filters.year}-${filters.status}-${search}`

  return (
    <div className="page meetings-page">
      <PageHeader
        title={t('meetings.list.title')}
        subtitle={
          rows.state === 'ready' ? t('meetings.list.count', { count: rows.value.length }) : t('meetings.list.subtitle')
        }
        actions={
          <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>
            <CalendarPlus size={16} aria-hidden />
            {t('meetings.list.newMeeting')}
          </button>
        }
      />
      <MeetingFilters value={filters} onChange={setFilters} committees={committees} years={years} />
      {rows.state === 'loading' ? <div className="card empty">{t('ui.common.loading')}</div> : null}
      {metaError && rows.state !== 'error' ? (
        <div className="banner banner--error" role="alert">
          <span className="banner__text">{t('meetings.list.loadFailed', { message: metaError })}</span>
          <button type="button" className="btn btn--sm" onClick={() => setReload((n) => n + 1)}>
            {t('ui.common.retry')}
          </button>
        </div>
      ) : null}
      {rows.state === 'error' ? (
        <div className="banner banner--error" role="alert">
          <span className="banner__text">{t('meetings.list.loadFailed', { message: rows.message })}</span>
          <button type="button" className="btn btn--sm" onClick={() => setReload((n) => n + 1)}>
            {t('ui.common.retry')}
          </button>
        </div>
      ) : null}
      {rows.state === 'ready' && rows.value.length === 0 ? (
        <div className="card empty">
          {filtered ? (
            <>
              <p>{t('meetings.list.emptyFiltered')}</p>
              <button type="button" className="btn" onClick={() => setFilters(NO_FILTERS)}>
                {t('meetings.list.clearFilters')}
              </button>
            </>
          ) : (
            <p>{t('meetings.list.empty')}</p>
          )}
        </div>
      ) : null}
      {rows.state === 'ready' && rows.value.length > 0 ? <MeetingsTable key={tableKey} meetings={rows.value} /> : null}
      {creating ? (
        <NewMeetingDialog
          open
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            navigate(`meetings/${id}`)
          }}
          committees={committees}
          meetings={all}
          initialCommitteeId={filters.committeeId}
        />
      ) : null}
    </div>
  )
}
