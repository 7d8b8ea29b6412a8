import { useCallback, useEffect, useState } from 'react'
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

interface Rows {
  /** The filters these rows answer (see tableKey). */
  key: string
  meetings: MeetingSummary[]
  nextCursor: string | null
  total: number
}

/**
 * The meetings list: filters, newest first, and « Nouvelle réunion ». The database pages it: one
 * request per visit and per change of the filters, then one per « Afficher plus ».
 */
export function MeetingsList() {
  const { t } = useTranslation()
  const [filters, setFilters] = useState<MeetingFilterValues>(NO_FILTERS)
  const [search, setSearch] = useState('')
  const [rows, setRows] = useState<Load<Rows>>({ state: 'loading' })
  const [years, setYears] = useState<number[]>([])
  const [more, setMore] = useState<{ key: string; loading: boolean; error: string | null } | null>(null)
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
    api.committees.list({}).then(
      (committeeList) => {
        if (!alive) return
        setCommittees(committeeList)
        setMetaError(null)
      },
      (error: unknown) => alive && setMetaError(errorMessage(error)),
    )
    return () => {
      alive = false
    }
  }, [reload])

  const query = {
    ...(filters.committeeId !== null ? { committeeId: filters.committeeId } : {}),
    ...(filters.year !== null ? { year: filters.year } : {}),
    ...(filters.status !== null ? { status: filters.status } : {}),
    ...(search ? { search } : {}),
  }
  const tableKey = `${filters.committeeId}-${filters.year}-${filters.status}-${search}`

  useEffect(() => {
    let alive = true
    api.meetings.list(query).then(
      (page) => {
        if (!alive) return
        setRows({
          state: 'ready',
          value: { key: tableKey, meetings: page.meetings, nextCursor: page.nextCursor, total: page.total ?? page.meetings.length },
        })
        if (page.years) setYears(page.years)
      },
      (error: unknown) => alive && setRows({ state: 'error', message: errorMessage(error) }),
    )
    return () => {
      alive = false
    }
    // `query` is rebuilt from these at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.committeeId, filters.year, filters.status, search, reload])

  const nextCursor = rows.state === 'ready' ? rows.value.nextCursor : null
  // « Afficher plus » adds its page only to the rows of the filters it was asked with.
  const showMore = useCallback(() => {
    if (nextCursor === null) return
    const key = tableKey
    setMore({ key, loading: true, error: null })
    api.meetings.list({ ...query, cursor: nextCursor }).then(
      (page) => {
        setRows((before) =>
          before.state === 'ready' && before.value.key === key && before.value.nextCursor === nextCursor
            ? { state: 'ready', value: { ...before.value, meetings: [...before.value.meetings, ...page.meetings], nextCursor: page.nextCursor } }
            : before,
        )
        setMore(null)
      },
      (error: unknown) => setMore({ key, loading: false, error: errorMessage(error) }),
    )
    // `query` follows tableKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nextCursor, tableKey])

  const moreNow = more !== null && more.key === tableKey ? more : null
  const filtered = filters.committeeId !== null || filters.year !== null || filters.status !== null || search !== ''

  return (
    <div className="page meetings-page">
      <PageHeader
        title={t('meetings.list.title')}
        subtitle={rows.state === 'ready' ? t('meetings.list.count', { count: rows.value.total }) : t('meetings.list.subtitle')}
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
      {rows.state === 'ready' && rows.value.meetings.length === 0 ? (
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
      {rows.state === 'ready' && rows.value.meetings.length > 0 ? (
        <MeetingsTable
          key={tableKey}
          meetings={rows.value.meetings}
          remaining={rows.value.nextCursor === null ? 0 : Math.max(1, rows.value.total - rows.value.meetings.length)}
          loadingMore={moreNow?.loading ?? false}
          moreError={moreNow?.error ?? null}
          onMore={showMore}
        />
      ) : null}
      {creating ? (
        <NewMeetingDialog
          open
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            navigate(`meetings/${id}`)
          }}
          committees={committees}
          initialCommitteeId={filters.committeeId}
        />
      ) : null}
    </div>
  )
}
