import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../../../components/error-message'

export interface Load<T> {
  data: T | undefined
  /** French message of the last failure. */
  error: string | null
  /** The error came from an item that does not exist (any more). */
  notFound: boolean
  loading: boolean
  reload: () => void
}

interface State<T> {
  data: T | undefined
  error: string | null
  notFound: boolean
  key: unknown
}

/**
 * Runs `load` (memoised by the caller) and keeps its last answer; a slower, older answer never
 * overwrites a newer one, and the previous data stays on screen while the next one loads, so
 * changing a filter or the « situation au » does not make the page flash. `initial`, when given,
 * is the first answer, already read elsewhere: shown at once and not read again (until `reload`).
 */
export function useLoad<T>(load: () => Promise<T>, initial?: T): Load<T> {
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<State<T>>(() => ({
    data: initial,
    error: null,
    notFound: false,
    key: initial === undefined ? null : { load, version: 0 },
  }))
  const given = useRef(initial !== undefined)
  useEffect(() => {
    if (given.current) {
      given.current = false
      return undefined
    }
    let live = true
    const key = { load, version }
    load().then(
      (data) => live && setState({ data, error: null, notFound: false, key }),
      (error: unknown) =>
        live &&
        setState((prev) => ({
          data: prev.data,
          error: errorMessage(error),
          notFound: typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'NOT_FOUND',
          key,
        })),
    )
    return () => {
      live = false
    }
  }, [load, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  const key = state.key as { load: unknown; version: number } | null
  const loading = key === null || key.load !== load || key.version !== version
  return { data: state.data, error: state.error, notFound: state.notFound, loading, reload }
}
