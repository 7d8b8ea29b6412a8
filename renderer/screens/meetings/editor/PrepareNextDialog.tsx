import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Meeting, MeetingDate } from '../../../../shared/domain/meetings'
import { api } from '../../../api/client'
import { navigate } from '../../../app/routes'
import { Dialog } from '../../../components/Dialog'
import { errorMessage, fieldErrors } from '../../../components/error-message'
import { DatesField, dayAfterLast } from '../DatesField'
import { todayIso } from '../meeting-text'
import { useMeetingEditor } from './editor-context'

/** « Préparer la réunion suivante »: asks the dates, creates the next meeting from this one, opens it. */
export function PrepareNextDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation()
  const { store } = useMeetingEditor()
  const [dates, setDates] = useState<MeetingDate[]>(() => [
    { date: todayIso(), startTime: meeting.dates[0]?.startTime ?? null, endTime: meeting.dates[0]?.endTime ?? null },
  ])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    setFormError(null)
    try {
      // The next meeting copies this one: send what is still waiting first.
      await store.flush()
      const next = await api.meetings.createFromPrevious({ previousId: meeting.id, dates })
      onClose()
      navigate(`meetings/${next.id}`)
    } catch (error) {
      const fields = fieldErrors(error)
      setErrors(fields)
      setFormError(
        Object.keys(fields).length > 0
          ? t('meetings.create.fixFields')
          : t('meetings.create.failed', { message: errorMessage(error) }),
      )
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      title={t('meetings.editor.prepareNextTitle')}
      onClose={onClose}
      initialFocus="input[type='date']"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" form="prepare-next-form" className="btn btn--primary" disabled={busy}>
            {busy ? t('meetings.create.creating') : t('meetings.editor.prepareNextSubmit')}
          </button>
        </>
      }
    >
      <form id="prepare-next-form" onSubmit={(e) => void submit(e)} noValidate className="form-stack">
        <p className="field__hint">{t('meetings.editor.prepareNextHint')}</p>
        <DatesField dates={dates} onChange={setDates} errors={errors} nextDate={() => dayAfterLast(dates)} />
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
      </form>
    </Dialog>
  )
}
