import { useEffect, useRef, useState, type ReactNode } from 'react'

export interface Column<T> {
  key: string
  header: string
  /** CSS width of the column (table-layout is fixed, so rows never reflow while scrolling). */
  width?: string
  className?: string
  render: (row: T) => ReactNode
}

interface WindowedTableProps<T> {
  label: string
  rows: readonly T[]
  columns: readonly Column<T>[]
  rowKey: (row: T) => string | number
  rowHeight?: number
  /** Shown in place of the body when there is no row. */
  empty: ReactNode
}

const OVERSCAN = 8

/**
 * A table that only renders the rows in view (plus a margin), so a directory of hundreds or
 * thousands of people scrolls as smoothly as one of ten. Rows have one fixed height; long
 * texts are cut with an ellipsis and shown whole in a tooltip by the cells themselves.
 */
export function WindowedTable<T>({ label, rows, columns, rowKey, rowHeight = 44, empty }: WindowedTableProps<T>) {
  const scroller = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(600)

  useEffect(() => {
    const element = scroller.current
    if (!element) return undefined
    const observer = new ResizeObserver(() => setViewport(element.clientHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN)
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN)
  const visible = rows.slice(first, last)

  return (
    <div className="wtable" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table className="table" aria-label={label} aria-rowcount={rows.length + 1}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={c.width ? { width: c.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {empty}
              </td>
            </tr>
          ) : null}
          {first > 0 ? <tr aria-hidden style={{ height: first * rowHeight }} className="table__spacer" /> : null}
          {visible.map((row, i) => (
            <tr key={rowKey(row)} aria-rowindex={first + i + 2} style={{ height: rowHeight }}>
              {columns.map((c) => (
                <td key={c.key} className={c.className}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
          {last < rows.length ? (
            <tr aria-hidden style={{ height: (rows.length - last) * rowHeight }} className="table__spacer" />
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
