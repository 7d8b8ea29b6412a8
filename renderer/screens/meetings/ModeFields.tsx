import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { MEETING_MODES, type MeetingMode } from '../../../shared/domain/vocabulary'
import { Field } from '../../components/Field'

/**
 * Présentiel / à distance / hybride, with the place and/or the video tool that go with it. A remote
 * meeting may still have a place (« Lieu »): optional, printed in the relevé when given.
 */
export function ModeFields({
  mode,
  place,
  videoTool,
  onChange,
  errors,
}: {
  mode: MeetingMode
  place: string
  videoTool: string
  onChange: (patch: { mode?: MeetingMode; place?: string; videoTool?: string }) => void
  errors: Record<string, string>
}) {
  const { t } = useTranslation()
  const name = useId()
  return (
    <div className="mode-fields">
      <fieldset className="segmented-field">
        <legend className="field__label">{t('meetings.header.mode')}</legend>
        <div className="segmented">
          {MEETING_MODES.map((m) => (
            <label key={m} className={`segmented__option${mode === m ? ' segmented__option--on' : ''}`}>
              <input type="radio" name={name} value={m} checked={mode === m} onChange={() => onChange({ mode: m })} />
              {t(`meetingModes.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t('meetings.header.place')}
        error={errors.place}
        hint={mode === 'distance' ? t('minutesIntro.remotePlaceHint') : undefined}
      >
        {(c) => (
          <input
            {...c}
            className="input"
            value={place}
            placeholder={t('meetings.header.placePlaceholder')}
            onChange={(e) => onChange({ place: e.target.value })}
          />
        )}
      </Field>
      {mode !== 'presentiel' ? (
        <Field label={t('meetings.header.videoTool')} error={errors.videoTool}>
          {(c) => (
            <input
              {...c}
              className="input"
              value={videoTool}
              placeholder={t('meetings.header.videoToolPlaceholder')}
              onChange={(e) => onChange({ videoTool: e.target.value })}
            />
          )}
        </Field>
      ) : null}
    </div>
  )
}
