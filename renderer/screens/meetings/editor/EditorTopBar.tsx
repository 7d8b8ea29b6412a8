import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowLeft, CalendarPlus, Trash2 } from 'lucide-react'
import type { Meeting } from '../../../../shared/domain/meetings'
import { api } from '../../../api/client'
import { navigate } from '../../../app/routes'
import { ConfirmDialog, type ConfirmRequest } from '../../../components/ConfirmDialog'
import { SaveIndicator } from '../../../components/SaveIndicator'
import type { AutosaveStore } from '../../../components/autosave-store'
import { useAutosaveSnapshot } from '../../../components/use-autosave'
import { meetingDatesText } from '../meeting-text'
import { StatusBadge } from '../StatusBadge'
import { useMeetingEditor } from './editor-context'
import { PrepareNextDialog } from './PrepareNextDialog'
import { SectionNav } from './SectionNav'
import { MEETING_TOOLBAR_ACTIONS, type MeetingSection } from './sections'

/** The save state alone follows every change of the store, not the whole bar. */
function LiveSaveIndicator({ store }: { store: AutosaveStore }) {
  return <SaveIndicator snapshot={useAutosaveSnapshot(store)} />
}

/** The sticky bar: back to the list, what meeting this is, the save state, actions and section nav. */
export const EditorTopBar = memo(function EditorTopBar({ meeting, sections }: { meeting: Meeting; sections: readonly MeetingSection[] }) {
  const { t } = useTranslation()
  const { store, committee } = useMeetingEditor()
  const [preparing, setPreparing] = useState(false)
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)
  const dates = meetingDatesText(meeting.dates)

  const askDelete = () =>
    setConfirm({
      title: t('meetings.editor.deleteMeetingTitle'),
      message: t('meetings.editor.deleteMeetingMessage', { title: meeting.title }),
      confirmLabel: t('meetings.editor.deleteMeeting'),
      onConfirm: async () => {
        await store.flush()
        await api.meetings.delete({ id: meeting.id })
        navigate('meetings')
      },
    })

  return (
    <div className="editor__top">
      <div className="editor__bar">
        <a className="back-link" href="#/meetings" onClick={() => void store.flush()}>
          <ArrowLeft size={16} aria-hidden />
          {t('meetings.editor.back')}
        </a>
        <div className="editor__identity">
          <h1 className="editor__title">{meeting.title || t('meetings.create.defaultTitle')}</h1>
          <p className="editor__meta">
            <span>{committee?.acronym || meeting.committeeName}</span>
            {dates ? <span>{dates}</span> : null}
            <StatusBadge status={meeting.status} />
          </p>
        </div>
        <LiveSaveIndicator store={store} />
        <div className="editor__actions">
          {MEETING_TOOLBAR_ACTIONS.map((Action, index) => (
            <Action key={index} meeting={meeting} />
          ))}
          <button type="button" className="btn" onClick={() => setPreparing(true)}>
            <CalendarPlus size={16} aria-hidden />
            {t('meetings.editor.prepareNext')}
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            onClick={askDelete}
            aria-label={t('meetings.editor.deleteMeeting')}
            title={t('meetings.editor.deleteMeeting')}
          >
            <Trash2 size={17} aria-hidden />
          </button>
        </div>
      </div>
      <SectionNav sections={sections} />
      {preparing ? <PrepareNextDialog meeting={meeting} onClose={() => setPreparing(false)} /> : null}
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  )
})
