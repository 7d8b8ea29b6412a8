import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Committee } from '../../../../shared/domain/directory'
import type { MeetingDate, MeetingSummary } from '../../../../shared/domain/meetings'
import { MEETING_KINDS, type MeetingKind, type MeetingMode } from '../../../../shared/domain/vocabulary'
import { api } from '../../../api/client'
import { Dialog } from '../../../components/Dialog'
import { Field } from '../../../components/Field'
import { errorMessage, fieldErrors } from '../../../components/error-message'
import { DatesField, dayAfterLast } from '../DatesField'
import { ModeFields } from '../ModeFields'
import { meetingDatesText, todayIso } from '../meeting-text'

interface Draft {
  committeeId: number | null
  title: string
  kind: MeetingKind
  mode: MeetingMode
  place: string
  videoTool: string
  dates: MeetingDate[]
  fromPrevious: boolean
}

/**
 * Creates a meeting: committee, title, kind, dates with times, mode and place — or « à partir de la
 * réunion précédente » of the committee. Nothing is created until the API accepts every field; its
 * French messages appear next to the fields.
 */
export function NewMeetingDialog({
  open,
  onClose,
  onCreated,
  committees,
  initialCommitteeId,
}: {
  open: boolean
  onClose: () => void
  onCreated: (id: number) => void
  committees: readonly Committee[]
  initialCommitteeId: number | null
}) {
  const { t } = useTranslation()
  const firstCommittee = committees.find((c) => c.id === initialCommitteeId) ?? committees[0] ?? null
  const [draft, setDraft] = useState<Draft>(() => ({
    committeeId: firstCommittee?.id ?? null,
    title: t('meetings.create.defaultTitle'),
    kind: 'ordinaire',
    mode: 'presentiel',
    place: firstCommittee?.defaultPlace ?? '',
    videoTool: '',
    dates: [{ date: todayIso(), startTime: null, endTime: null }],
    fromPrevious: false,
  }))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // The committees may arrive after the dialog opened: fall back to the first one.
  const committeeId = draft.committeeId ?? committees[0]?.id ?? null
  const { previous, error: previousError } = usePreviousMeeting(committeeId)
  const fromPrevious = draft.fromPrevious && previous !== null
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))

  const selectCommittee = (id: number) => {
    const before = committees.find((c) => c.id === committeeId)
    const after = committees.find((c) => c.id === id)
    // Follow the committee's usual place unless the user typed another one.
    const place = draft.place === '' || draft.place === before?.defaultPlace ? (after?.defaultPlace ?? '') : draft.place
    set({ committeeId: id, place })
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (committeeId === null) return
    setBusy(true)
    setErrors({})
    setFormError(null)
    try {
      const meeting =
        fromPrevious && previous
          ? await api.meetings.createFromPrevious({ previousId: previous.id, dates: draft.dates })
          : await api.meetings.create({
              committeeId,
              header: {
                title: draft.title,
                kind: draft.kind,
                mode: draft.mode,
                place: draft.place,
                videoTool: draft.mode === 'presentiel' ? '' : draft.videoTool,
                notes: '',
                status: 'brouillon',
                dates: draft.dates,
              },
            })
      onCreated(meeting.id)
    } catch (error) {
      const fields = fieldErrors(error, fromPrevious ? '' : 'header.')
      setErrors(fields)
      setFormError(
        Object.keys(fields).length > 0
          ? t('meetings.create.fixFields')
          : t('meetings.create.failed', { message: errorMessage(error) }),
      )
      setBusy(false)
    }
  }

  const formId = 'new-meeting-form'
  return (
    <Dialog
      open={open}
      title={t('meetings.create.title')}
      onClose={onClose}
      size="lg"
      initialFocus="[data-autofocus]"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn--primary" disabled={busy || committeeId === null}>
            {busy ? t('meetings.create.creating') : t('meetings.create.submit')}
          </button>
        </>
      }
    >
      {committees.length === 0 ? (
        <div className="banner banner--info">
          <span>
            {t('meetings.create.noCommittee')}{' '}
            <a href="#/directory/committees">{t('meetings.create.goToCommittees')}</a>
          </span>
        </div>
      ) : (
        <form id={formId} className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
          <Field label={t('meetings.create.committee')} error={errors.committeeId} className="span-2">
            {(c) => (
              <select
                {...c}
                className="select"
                data-autofocus
                value={committeeId ?? ''}
                onChange={(e) => selectCommittee(Number(e.target.value))}
              >
                {committees.map((committee) => (
                  <option key={committee.id} value={committee.id}>
                    {committee.acronym ? `${committee.acronym} — ${committee.name}` : committee.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="span-2">
            <label className="check">
              <input
                type="checkbox"
                checked={fromPrevious}
                disabled={previous === null}
                onChange={(e) => set({ fromPrevious: e.target.checked })}
              />
              {t('meetings.create.fromPrevious')}
            </label>
            <p className="field__hint form-grid__note">
              {previousError !== null
                ? t('meetings.list.loadFailed', { message: previousError })
                : previous === null
                ? t('meetings.create.noPrevious')
                : fromPrevious
                  ? t('meetings.create.fromPreviousHint', { date: meetingDatesText(previous.dates) })
                  : null}
            </p>
          </div>
          {fromPrevious ? null : (
            <>
              <Field label={t('meetings.header.title')} error={errors.title}>
                {(c) => (
                  <input
                    {...c}
                    className="input"
                    value={draft.title}
                    onChange={(e) => set({ title: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('meetings.header.kind')} error={errors.kind}>
                {(c) => (
                  <select
                    {...c}
                    className="select"
                    value={draft.kind}
                    onChange={(e) => set({ kind: e.target.value as MeetingKind })}
                  >
                    {MEETING_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`meetingKinds.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          )}
          <div className="span-2">
            <DatesField
              dates={draft.dates}
              onChange={(dates) => set({ dates })}
              errors={errors}
              nextDate={() => dayAfterLast(draft.dates)}
            />
          </div>
          {fromPrevious ? null : (
            <div className="span-2">
              <ModeFields
                mode={draft.mode}
                place={draft.place}
                videoTool={draft.videoTool}
                onChange={set}
                errors={errors}
              />
            </div>
          )}
          {formError ? (
            <p className="form-error span-2" role="alert">
              {formError}
            </p>
          ) : null}
        </form>
      )}
    </Dialog>
  )
}

type Previous = { committeeId: number; meeting: MeetingSummary | null; error: string | null }

/**
 * The committee's latest meeting (the first row of its list), to start the new one from it. When it
 * cannot be read, « à partir de la réunion précédente » stays unavailable and says why.
 */
function usePreviousMeeting(committeeId: number | null): { previous: MeetingSummary | null; error: string | null } {
  const [found, setFound] = useState<Previous | null>(null)
  useEffect(() => {
    if (committeeId === null) return
    let alive = true
    api.meetings.list({ committeeId, limit: 1 }).then(
      (page) => alive && setFound({ committeeId, meeting: page.meetings[0] ?? null, error: null }),
      (error: unknown) => alive && setFound({ committeeId, meeting: null, error: errorMessage(error) }),
    )
    return () => {
      alive = false
    }
  }, [committeeId])
  const current = found !== null && found.committeeId === committeeId ? found : null
  return { previous: current?.meeting ?? null, error: current?.error ?? null }
}
