import { useEffect, useState } from 'react'
import { errorMessage } from '../../components/error-message'

/** One page of a register as the API returns it. */
interface RegisterPage<Row> {
  rows: Row[]
  total: number
}

export type RegisterRows<P> = { state: 'loading' } | ({ state: 'ready' } & P) | { state: 'error'; message: string }

/**
 * The rows of a register screen: the first page for the current filters (`key` stands for them),
 * « Afficher plus » appending the next page, and a row replaced in place once it is saved.
 */
export function useRegisterPage<Row extends { id: number }, P extends RegisterPage<Row>>(
  load: (offset: number) => Promise<P>,
  key: string,
  onError: (message: string) => void,
) {
  const [rows, setRows] = useState<RegisterRows<P>>({ state: 'loading' })
  const [reload, setReload] = useState(0)

  useEffect(() => {
    let alive = true
    load(0).then(
      (page) => alive && setRows({ ...page, state: 'ready' }),
      (e: unknown) => alive && setRows({ state: 'error', message: errorMessage(e) }),
    )
    return () => {
      alive = false
    }
    // `load` is rebuilt at each render from the filters `key` stands for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reload])

  function showMore() {
    if (rows.state !== 'ready') return
    load(rows.rows.length).then(
      (page) =>
        setRows((before) => (before.state === 'ready' ? { ...before, rows: [...before.rows, ...page.rows] } : before)),
      (e: unknown) => onError(errorMessage(e)),
    )
  }

  function replaced(entry: Row) {
    setRows((before) =>
      before.state === 'ready' ? { ...before, rows: before.rows.map((r) => (r.id === entry.id ? entry : r)) } : before,
    )
  }

  return { rows, showMore, replaced, retry: () => setReload((n) => n + 1) }
}
