import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A register's table: its column titles, its rows, and « Afficher plus » while rows remain. */
export function RegisterTable({
  columns,
  shown,
  total,
  onMore,
  children,
}: {
  columns: readonly string[]
  shown: number
  total: number
  onMore: () => void
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <div className="card register-table-card">
      <table className="register-table">
        <thead>
          <tr>
            {columns.map((title) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {shown < total ? (
        <div className="register-table__more">
          <button type="button" className="btn" onClick={onMore}>
            {t('meetings.list.showMore', { count: total - shown })}
          </button>
        </div>
      ) : null}
    </div>
  )
}
