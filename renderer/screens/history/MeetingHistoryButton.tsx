import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { History } from 'lucide-react'
import type { Meeting } from '../../../shared/domain/meetings'
import { api } from '../../api/client'
import { useMeetingEditor } from '../meetings/editor/editor-context'
import { HistoryDialog } from './HistoryDialog'

/** « Historique » in the meeting editor's top bar: every change of the meeting and what it holds. */
export function MeetingHistoryButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation()
  const { store } = useMeetingEditor()
  const [open, setOpen] = useState(false)
  const load = useCallback(
    async (before: number | null) => {
      // What is being typed is saved first, so that it shows in the list.
      await store.flush()
      return api.history.meeting({ meetingId: meeting.id, before })
    },
    [store, meeting.id],
  )
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        <History size={16} aria-hidden />
        {t('history.open')}
      </button>
      {open ? (
        <HistoryDialog
          open={open}
          title={`${t('history.title')} — ${meeting.title}`}
          onClose={() => setOpen(false)}
          load={load}
        />
      ) : null}
    </>
  )
}
