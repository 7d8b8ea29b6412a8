import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Search } from 'lucide-react'
import type { SearchHit, SearchResults } from '../../../shared/domain/search'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'
import { openTarget } from './open-target'
import './search.css'

/** The event that opens the search box (the sidebar's « Rechercher », Ctrl+K). */
export const OPEN_SEARCH_EVENT = 'copil:open-search'

/** Asks the search box to open. */
export function openSearch(): void {
  window.dispatchEvent(new Event(OPEN_SEARCH_EVENT))
}

/** Ctrl+K (⌘K on a Mac) anywhere, the sidebar's button: one box that searches everything. */
export function SearchPalette() {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault()
        setOpen(true)
      }
    }
    const onOpen = () => setOpen(true)
    window.addEventListener('keydown', onKey)
    window.addEventListener(OPEN_SEARCH_EVENT, onOpen)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener(OPEN_SEARCH_EVENT, onOpen)
    }
  }, [])
  return open ? <SearchBox onClose={() => setOpen(false)} /> : null
}

type State =
  { kind: 'idle' } | { kind: 'done'; query: string; results: SearchResults } | { kind: 'error'; message: string }

function SearchBox({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [answer, setState] = useState<State>({ kind: 'idle' })
  // An emptied box shows the hint again, whatever the last answer was.
  const state: State = query.trim() === '' ? { kind: 'idle' } : answer
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const back = useRef<Element | null>(document.activeElement)

  useEffect(() => {
    input.current?.focus()
    const previous = back.current
    return () => {
      if (previous instanceof HTMLElement) previous.focus()
    }
  }, [])

  useEffect(() => {
    const text = query.trim()
    if (text === '') return
    let alive = true
    // Each key asks again; a late answer to an older query is dropped.
    const timer = window.setTimeout(() => {
      api.search.query({ query: text, perKind: 5 }).then(
        (results) => {
          if (!alive) return
          setState({ kind: 'done', query: text, results })
          setActive(0)
        },
        (error: unknown) => alive && setState({ kind: 'error', message: errorMessage(error) }),
      )
    }, 60)
    return () => {
      alive = false
      window.clearTimeout(timer)
    }
  }, [query])

  const hits = useMemo<SearchHit[]>(
    () => (answer.kind === 'done' && query.trim() !== '' ? answer.results.groups.flatMap((g) => g.hits) : []),
    [answer, query],
  )

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return
    back.current = null
    onClose()
    openTarget(hit.target)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    } else if (e.key === 'ArrowDown') {
      e.preventDefault()
      setActive((i) => (hits.length === 0 ? 0 : (i + 1) % hits.length))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive((i) => (hits.length === 0 ? 0 : (i - 1 + hits.length) % hits.length))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      choose(hits[active])
    }
  }

  useEffect(() => {
    document.getElementById(`search-hit-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [active])

  let index = -1
  return (
    <div className="search-overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="search-box"
        role="dialog"
        aria-modal="true"
        aria-label={t('search.dialogLabel')}
        onKeyDown={onKeyDown}
      >
        <div className="search-box__field">
          <Search size={18} aria-hidden />
          <input
            ref={input}
            className="search-box__input"
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls="search-results"
            aria-activedescendant={hits.length > 0 ? `search-hit-${active}` : undefined}
            aria-label={t('search.dialogLabel')}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <kbd className="search-box__kbd">{t('search.escape')}</kbd>
        </div>
        <div className="search-box__results" id="search-results" role="listbox" aria-label={t('search.resultsLabel')}>
          {state.kind === 'idle' ? <p className="search-box__note">{t('search.hint')}</p> : null}
          {state.kind === 'error' ? (
            <p className="search-box__note search-box__note--error" role="alert">
              {t('search.failed', { message: state.message })}
            </p>
          ) : null}
          {state.kind === 'done' && state.results.groups.length === 0 ? (
            <p className="search-box__note" role="status">
              {t('search.noResult', { query: state.query })}
            </p>
          ) : null}
          {state.kind === 'done'
            ? state.results.groups.map((group) => (
                <section key={group.kind} className="search-group" aria-label={t(`search.kinds.${group.kind}`)}>
                  <h3 className="search-group__title">
                    {t(`search.kinds.${group.kind}`)} <span className="search-group__count">{group.total}</span>
                  </h3>
                  {group.hits.map((hit) => {
                    index += 1
                    const i = index
                    return (
                      <div
                        key={`${hit.kind}-${hit.id}`}
                        id={`search-hit-${i}`}
                        role="option"
                        aria-selected={i === active}
                        className={`search-hit${i === active ? ' search-hit--active' : ''}`}
                        onMouseEnter={() => setActive(i)}
                        onClick={() => choose(hit)}
                      >
                        <div className="search-hit__head">
                          <span className="search-hit__title">{hit.title}</span>
                          {hit.context ? <span className="search-hit__context">{hit.context}</span> : null}
                        </div>
                        {hit.snippet.length > 0 ? (
                          <div className="search-hit__snippet" dir="auto">
                            {hit.snippet.map((part, k) =>
                              part.match ? <mark key={k}>{part.text}</mark> : <span key={k}>{part.text}</span>,
                            )}
                          </div>
                        ) : null}
                      </div>
                    )
                  })}
                  {group.total > group.hits.length ? (
                    <p className="search-group__more">{t('search.more', { count: group.total - group.hits.length })}</p>
                  ) : null}
                </section>
              ))
            : null}
        </div>
        <p className="search-box__keys">{t('search.keys')}</p>
      </div>
    </div>
  )
}
