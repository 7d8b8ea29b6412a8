import { memo, useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Plus, Trash2 } from 'lucide-react'
import type { AgendaItem, Decision } from '../../../../shared/domain/meetings'
import { ConfirmDialog, type ConfirmRequest } from '../../../components/ConfirmDialog'
import { Field } from '../../../components/Field'
import { SortableList } from '../../../components/SortableList'
import { errorMessage } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import type { MeetingSectionProps } from '../editor/sections'
import type { MeetingActions } from '../model/meeting-actions'
import { focusSoon } from '../focus'

/** « Points arrêtés », numbered across the meeting, each attached to an agenda item. */
export function DecisionsSection({ meeting }: MeetingSectionProps) {
  const { t } = useTranslation()
  const { actions, reportError } = useMeetingEditor()
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)

  const add = async () => {
    // A new decision usually follows the previous one's agenda item.
    const agendaItemId = meeting.decisions.at(-1)?.agendaItemId ?? meeting.agenda.at(-1)?.id ?? null
    try {
      const decision = await actions.addDecision(agendaItemId)
      focusSoon(`[data-decision-text="${decision.id}"]`)
    } catch (e) {
      reportError(t('meetings.editor.actionFailed', { message: errorMessage(e) }))
    }
  }
  const askDelete = useCallback(
    (decision: Decision, n: number) =>
      setConfirm({
        title: t('meetings.decisions.deleteTitle'),
        message: t('meetings.decisions.deleteMessage', { n }),
        onConfirm: () => actions.deleteDecision(decision.id),
      }),
    [actions, t],
  )

  return (
    <div className="section-plain">
      <p className="field__hint section-hint">{t('meetings.decisions.textHint')}</p>
      {meeting.decisions.length === 0 ? <p className="muted">{t('meetings.decisions.empty')}</p> : null}
      <SortableList
        items={meeting.decisions}
        onReorder={(ids) => actions.reorderDecisions(ids)}
        label={t('meetings.decisions.listLabel')}
        itemName={(_d, index) => t('meetings.decisions.itemLabel', { n: index + 1 })}
        handleLabel={(_d, index) => t('meetings.decisions.dragHandle', { n: index + 1 })}
        renderItem={(decision, index, handle) => (
          <DecisionRow
            decision={decision}
            n={index + 1}
            agenda={meeting.agenda}
            handle={handle}
            actions={actions}
            onDelete={askDelete}
          />
        )}
      />
      <div className="section-actions">
        <button type="button" className="btn" onClick={() => void add()}>
          <Plus size={16} aria-hidden />
          {t('meetings.decisions.add')}
        </button>
      </div>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  )
}

const DecisionRow = memo(function DecisionRow({
  decision,
  n,
  agenda,
  handle,
  actions,
  onDelete,
}: {
  decision: Decision
  n: number
  agenda: readonly AgendaItem[]
  handle: ReactNode
  actions: MeetingActions
  onDelete: (decision: Decision, n: number) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="list-row decision-row" data-testid={`decision-${n}`}>
      {handle}
      <span className="list-row__number" aria-hidden>
        {n}.
      </span>
      <div className="decision-row__fields">
        <Field label={t('meetings.decisions.agendaItem')} className="decision-row__agenda">
          {(c) => (
            <select
              {...c}
              className="select select--sm"
              value={decision.agendaItemId ?? ''}
              onChange={(e) =>
                actions.updateDecision(decision.id, { agendaItemId: e.target.value ? Number(e.target.value) : null })
              }
            >
              <option value="">{t('meetings.decisions.noAgendaItem')}</option>
              {agenda.map((item, index) => (
                <option key={item.id} value={item.id}>
                  {`${index + 1}. ${truncate(item.title || t('meetings.agenda.untitled'), 90)}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('meetings.decisions.text', { n })} labelHidden>
          {(c) => (
            <textarea
              {...c}
              className="textarea decision-row__text"
              rows={2}
              data-decision-text={decision.id}
              value={decision.text}
              placeholder={t('meetings.decisions.text', { n })}
              onChange={(e) => actions.updateDecision(decision.id, { text: e.target.value })}
            />
          )}
        </Field>
      </div>
      <button
        type="button"
        className="icon-btn icon-btn--danger"
        onClick={() => onDelete(decision, n)}
        aria-label={t('meetings.decisions.delete', { n })}
        title={t('meetings.decisions.delete', { n })}
      >
        <Trash2 size={16} aria-hidden />
      </button>
    </div>
  )
})

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
