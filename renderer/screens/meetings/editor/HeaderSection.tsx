import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { DOCUMENT_LANGUAGES, MEETING_KINDS, type MeetingKind } from '../../../../shared/domain/vocabulary'
import { Field } from '../../../components/Field'
import { useSaveProblem } from '../../../components/use-autosave'
import { DatesField, dayAfterLast } from '../DatesField'
import { ModeFields } from '../ModeFields'
import { saveKeys } from '../model/meeting-actions'
import { useMeetingEditor, useReleveLifecycle } from './editor-context'
import { ReleveStatusField } from '../../lifecycle/ReleveStatusField'
import type { MeetingSectionProps } from './sections'

/** Committee, title, kind, dates and times, mode, place or video tool, notes; the relevé's status, read-only. */
export function HeaderSection({ meeting }: MeetingSectionProps) {
  const { t } = useTranslation()
  const { actions, store, committee } = useMeetingEditor()
  const lifecycle = useReleveLifecycle()
  // Only the header's own save problem: a key typed elsewhere does not re-render the header.
  const problem = useSaveProblem(store, saveKeys.header)
  const languageName = useId()
  const errors = useMemo(() => {
    const fields: Record<string, string> = {}
    for (const [path, message] of Object.entries(problem?.fields ?? {})) fields[path.replace(/^header\./, '')] = message
    return fields
  }, [problem])

  return (
    <div className="card header-grid">
      <Field label={t('meetings.header.title')} error={errors.title}>
        {(c) => (
          <input
            {...c}
            className="input input--strong"
            value={meeting.title}
            onChange={(e) => actions.updateHeader({ title: e.target.value })}
          />
        )}
      </Field>
      <ReleveStatusField lifecycle={lifecycle} />
      <Field label={t('meetings.header.committee')}>
        {(c) => (
          <input
            {...c}
            className="input"
            value={
              committee
                ? `${committee.acronym ? `${committee.acronym} — ` : ''}${committee.name}`
                : meeting.committeeName
            }
            readOnly
          />
        )}
      </Field>
      <Field label={t('meetings.header.kind')} error={errors.kind}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={meeting.kind}
            onChange={(e) => actions.updateHeader({ kind: e.target.value as MeetingKind }, { immediate: true })}
          >
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`meetingKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="segmented-field">
        <legend className="field__label">{t('meetings.header.language')}</legend>
        <div className="segmented">
          {DOCUMENT_LANGUAGES.map((l) => (
            <label key={l} className={`segmented__option${meeting.language === l ? ' segmented__option--on' : ''}`}>
              <input
                type="radio"
                name={languageName}
                value={l}
                checked={meeting.language === l}
                onChange={() => actions.setLanguage(l)}
              />
              <span lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'}>
                {t(`meetings.header.languages.${l}`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="span-2 header-grid__dates">
        <DatesField
          dates={meeting.dates}
          onChange={(dates) => actions.updateHeader({ dates })}
          errors={errors}
          nextDate={() => dayAfterLast(meeting.dates)}
        />
      </div>
      <div className="span-2">
        <ModeFields
          mode={meeting.mode}
          place={meeting.place}
          videoTool={meeting.videoTool}
          onChange={(patch) => actions.updateHeader(patch)}
          errors={errors}
        />
      </div>
      <Field
        label={t('meetings.header.notes')}
        hint={t('meetings.header.notesHint')}
        error={errors.notes}
        className="span-2"
      >
        {(c) => (
          <textarea
            {...c}
            className="textarea"
            rows={2}
            value={meeting.notes}
            onChange={(e) => actions.updateHeader({ notes: e.target.value })}
          />
        )}
      </Field>
    </div>
  )
}
