import { useEffect } from 'react'
import { navigate } from '../../../app/routes'

/**
 * Opens the record the address names (#/directory/people/12, reached from the search box): once it
 * is found, `open` shows it. Closing it goes back to the tab's own address, so that the same result
 * opens again from the search box.
 */
export function useOpenRecord<T extends { id: number }>(
  id: number | null,
  listAll: () => Promise<readonly T[]>,
  open: (record: T) => void,
): void {
  useEffect(() => {
    if (id === null) return
    let live = true
    listAll().then(
      (records) => {
        const record = records.find((r) => r.id === id)
        if (live && record) open(record)
      },
      // The tab's own list shows the failure with its retry button.
      () => undefined,
    )
    return () => {
      live = false
    }
    // `listAll` and `open` are read when the address changes only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])
}

/** Back to the tab's address once a record opened from the address is closed. */
export function leaveRecord(id: number | null, tab: 'people' | 'organisations'): void {
  if (id !== null) navigate(`directory/${tab}`)
}
