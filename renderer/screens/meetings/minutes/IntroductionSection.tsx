import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { RichDoc } from '../../../../shared/domain/rich-text'
import { useMeetingEditor } from '../editor/editor-context'
import type { MeetingSectionProps } from '../editor/sections'
import type { MeetingActions } from '../model/meeting-actions'
import { RichTextEditor } from './RichTextEditor'
import './minutes-intro.css'

/** The meeting's introduction, printed under « Points discutés » before the first item. */
export function IntroductionSection({ meeting }: MeetingSectionProps) {
  const { actions } = useMeetingEditor()
  return <Introduction meetingId={meeting.id} initial={meeting.introduction} actions={actions} />
}

const Introduction = memo(
  function Introduction({ initial, actions }: { meetingId: number; initial: RichDoc; actions: MeetingActions }) {
    const { t } = useTranslation()
    const onChange = useCallback((introduction: RichDoc) => actions.updateIntroduction(introduction), [actions])
    return (
      <article className="card discussion introduction" data-testid="introduction">
        <p className="muted introduction__hint">{t('minutesIntro.introduction.hint')}</p>
        <RichTextEditor
          initial={initial}
          onChange={onChange}
          label={t('minutesIntro.introduction.editorLabel')}
          testId="introduction-editor"
        />
      </article>
    )
  },
  // The editor owns its text once created: only another meeting makes a new one.
  (a, b) => a.meetingId === b.meetingId && a.actions === b.actions,
)
