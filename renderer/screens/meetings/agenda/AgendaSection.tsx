import { memo, useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Plus, Trash2 } from 'lucide-react'
import type { AgendaItem } from '../../../../shared/domain/meetings'
import { ConfirmDialog, type ConfirmRequest } from '../../../components/ConfirmDialog'
import { Field } from '../../../components/Field'
import { SortableList } from '../../../components/SortableList'
import { errorMessage } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import type { MeetingSectionProps } from '../editor/sections'
import type { MeetingActions } from '../model/meeting-actions'
import { focusSoon } from '../focus'

/** The numbered agenda: title, presenter, « point permanent »; added, deleted and reordered. */
export function AgendaSection({ meeting }: MeetingSectionProps) {
  const { t } = useTranslation()
  const { actions, reportError } = useMeetingEditor()
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)

  const add = async () => {
    try {
      const item = await actions.addAgendaItem()
      focusSoon(`[data-agenda-title="${item.id}"]`)
    } catch (e) {
      reportError(t('meetings.editor.actionFailed', { message: errorMessage(e) }))
    }
  }
  const askDelete = useCallback(
    (item: AgendaItem, n: number) =>
      setConfirm({
        title: t('meetings.agenda.deleteTitle'),
        message: t('meetings.agenda.deleteMessage', { title: item.title || t('meetings.agenda.untitled'), n }),
        onConfirm: () => actions.deleteAgendaItem(item.id),
      }),
    [actions, t],
  )

  return (
    <div className="section-plain">
      {meeting.agenda.length === 0 ? <p className="muted">{t('meetings.agenda.empty')}</p> : null}
      <SortableList
        items={meeting.agenda}
        onReorder={(ids) => actions.reorderAgenda(ids)}
        label={t('meetings.agenda.listLabel')}
        itemName={(_item, index) => t('meetings.agenda.itemLabel', { n: index + 1 })}
        handleLabel={(_item, index) => t('meetings.agenda.dragHandle', { n: index + 1 })}
        renderItem={(item, index, handle) => (
          <AgendaRow item={item} n={index + 1} handle={handle} actions={actions} onDelete={askDelete} />
        )}
      />
      <div className="section-actions">
        <button type="button" className="btn" onClick={() => void add()}>
          <Plus size={16} aria-hidden />
          {t('meetings.agenda.add')}
        </button>
      </div>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  )
}

const AgendaRow = memo(function AgendaRow({
  item,
  n,
  handle,
  actions,
  onDelete,
}: {
  item: AgendaItem
  n: number
  handle: ReactNode
  actions: MeetingActions
  onDelete: (item: AgendaItem, n: number) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="list-row agenda-row" data-testid={`agenda-item-${n}`}>
      {handle}
      <span className="list-row__number" aria-hidden>
        {n}.
      </span>
      <div className="agenda-row__fields">
        <Field label={t('meetings.agenda.title', { n })} labelHidden>
          {(c) => (
            <textarea
              {...c}
              rows={1}
              className="textarea textarea--inline agenda-row__title"
              data-agenda-title={item.id}
              value={item.title}
              placeholder={t('meetings.agenda.title', { n })}
              onChange={(e) => actions.updateAgendaItem(item.id, { title: e.target.value })}
            />
          )}
        </Field>
        <div className="agenda-row__meta">
          <Field label={t('meetings.agenda.presenter')} className="agenda-row__presenter">
            {(c) => (
              <input
                {...c}
                className="input input--sm"
                value={item.presenter}
                onChange={(e) => actions.updateAgendaItem(item.id, { presenter: e.target.value })}
              />
            )}
          </Field>
          <label className="check" title={t('meetings.agenda.standingHint')}>
            <input
              type="checkbox"
              checked={item.standing}
              onChange={(e) => actions.updateAgendaItem(item.id, { standing: e.target.checked })}
            />
            {t('meetings.agenda.standing')}
          </label>
        </div>
      </div>
      <button
        type="button"
        className="icon-btn icon-btn--danger"
        onClick={() => onDelete(item, n)}
        aria-label={t('meetings.agenda.delete', { n })}
        title={t('meetings.agenda.delete', { n })}
      >
        <Trash2 size={16} aria-hidden />
      </button>
    </div>
  )
})
