import { useCallback, useEffect, useState } from 'react'

export interface Loaded<T> {
  data: T | undefined
  /** French message of the last failure, shown with a retry button. */
  error: string | null
  /** True until the current loader (or the last reload) has answered. */
  loading: boolean
  reload: () => void
}

interface State<T> {
  data: T | undefined
  error: string | null
  loader: (() => Promise<T>) | null
  version: number
}

/**
 * Runs `load` (memoised by the caller with useCallback) and keeps its last answer. Changing the
 * loader or calling reload() runs it again; a slower, older answer never overwrites a newer one,
 * and the previous data stays on screen meanwhile so lists do not flash while one types.
 */
export function useLoader<T>(load: () => Promise<T>): Loaded<T> {
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<State<T>>({ data: undefined, error: null, loader: null, version: -1 })

  useEffect(() => {
    let live = true
    load().then(
      (data) => {
        if (live) setState({ data, error: null, loader: load, version })
      },
      (error: unknown) => {
        if (live) setState((prev) => ({ data: prev.data, error: messageOf(error), loader: load, version }))
      },
    )
    return () => {
      live = false
    }
  }, [load, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  const loading = state.loader !== load || state.version !== version
  return { data: state.data, error: state.error, loading, reload }
}

/** The French message of an error thrown by the API client (or a plain Error). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
