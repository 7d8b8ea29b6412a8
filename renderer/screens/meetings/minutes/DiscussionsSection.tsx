import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../../shared/domain/meetings'
import type { RichDoc } from '../../../../shared/domain/rich-text'
import { useMeetingEditor } from '../editor/editor-context'
import type { MeetingSectionProps } from '../editor/sections'
import type { MeetingActions } from '../model/meeting-actions'
import { Field } from '../../../components/Field'
import { RichTextEditor } from './RichTextEditor'
import './minutes-blocks.css'

/** For each agenda item, in order, its « Points discutés » in a rich-text editor. */
export function DiscussionsSection({ meeting }: MeetingSectionProps) {
  const { t } = useTranslation()
  const { actions } = useMeetingEditor()
  if (meeting.agenda.length === 0) return <p className="card muted">{t('meetings.discussions.empty')}</p>
  return (
    <div className="discussions">
      {meeting.agenda.map((item, index) => (
        <Discussion key={item.id} item={item} n={index + 1} actions={actions} />
      ))}
    </div>
  )
}

const Discussion = memo(
  function Discussion({ item, n, actions }: { item: AgendaItem; n: number; actions: MeetingActions }) {
    const { t } = useTranslation()
    const onChange = useCallback(
      (discussion: RichDoc) => actions.updateAgendaItem(item.id, { discussion }),
      [actions, item.id],
    )
    const label = t('meetings.discussions.editorLabel', { n })
    return (
      <article className="card discussion" data-testid={`discussion-${n}`} data-discussion-item={item.id}>
        <h3 className="discussion__title">
          <span className="discussion__number">{n}.</span> {item.title || t('meetings.agenda.untitled')}
        </h3>
        <Field label={t('minutesBlocks.headings.discussion')} className="discussion__heading">
          {(c) => (
            <input
              {...c}
              className="input input--sm"
              aria-label={t('minutesBlocks.headings.discussionLabel', { n })}
              data-testid={`discussion-heading-${n}`}
              value={item.discussionHeading}
              placeholder={item.title || t('meetings.agenda.untitled')}
              onChange={(e) => actions.updateAgendaItem(item.id, { discussionHeading: e.target.value })}
            />
          )}
        </Field>
        <RichTextEditor initial={item.discussion} onChange={onChange} label={label} testId={`discussion-editor-${n}`} />
      </article>
    )
  },
  // The editor owns its text: re-render only when the headings or the position change.
  (a, b) =>
    a.item.title === b.item.title &&
    a.item.discussionHeading === b.item.discussionHeading &&
    a.n === b.n &&
    a.actions === b.actions &&
    a.item.id === b.item.id,
)
