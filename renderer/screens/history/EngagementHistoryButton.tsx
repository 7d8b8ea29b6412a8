import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { History } from 'lucide-react'
import { api } from '../../api/client'
import { HistoryDialog } from './HistoryDialog'

/** « Historique » on an engagement's page: its changes, its activities', their progress and replanning. */
export function EngagementHistoryButton({ engagementId, title }: { engagementId: number; title: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const load = useCallback((before: number | null) => api.history.engagement({ engagementId, before }), [engagementId])
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        <History size={16} aria-hidden />
        {t('history.open')}
      </button>
      {open ? (
        <HistoryDialog
          open={open}
          title={`${t('history.title')} — ${title}`}
          onClose={() => setOpen(false)}
          load={load}
        />
      ) : null}
    </>
  )
}
