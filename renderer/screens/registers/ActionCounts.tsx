import { useTranslation } from 'react-i18next'

/** The open actions of a meeting in the meetings list, with those overdue in red. */
export function ActionCounts({ open, overdue }: { open: number; overdue: number }) {
  const { t } = useTranslation()
  return (
    <td className="num action-counts" title={t('registers.list.countsTitle', { count: open, overdue })}>
      {open}
      {overdue > 0 ? (
        <span className="action-counts__overdue"> · {t('registers.list.overdueActions', { count: overdue })}</span>
      ) : null}
    </td>
  )
}
