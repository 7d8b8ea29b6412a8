import { memo, useCallback, useId, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Plus, Trash2 } from 'lucide-react'
import type { AgendaItem, Decision } from '../../../../shared/domain/meetings'
import type { RichDoc } from '../../../../shared/domain/rich-text'
import { DECISION_STYLES, type DecisionStyle } from '../../../../shared/domain/vocabulary'
import { ConfirmDialog, type ConfirmRequest } from '../../../components/ConfirmDialog'
import { Field } from '../../../components/Field'
import { MaskIcon } from '../../../components/MaskIcon'
import { SortableList } from '../../../components/SortableList'
import { errorMessage } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import type { MeetingSectionProps } from '../editor/sections'
import type { MeetingActions } from '../model/meeting-actions'
import { focusSoon } from '../focus'
import { RichTextEditor } from './RichTextEditor'
import { DecisionHeadings } from './DecisionHeadings'
import { DeferredSelect, type SelectOption } from './DeferredSelect'
import './minutes-blocks.css'

/**
 * « Points arrêtés »: each a rich text attached to an agenda item, numbered across the meeting or
 * bulleted as the meeting chooses; a « NB » note is not numbered.
 */
export function DecisionsSection({ meeting }: MeetingSectionProps) {
  const { t } = useTranslation()
  const { actions, reportError } = useMeetingEditor()
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)
  const styleName = useId()

  const add = async () => {
    // A new decision usually follows the previous one's agenda item.
    const agendaItemId = meeting.decisions.at(-1)?.agendaItemId ?? meeting.agenda.at(-1)?.id ?? null
    try {
      const decision = await actions.addDecision(agendaItemId)
      focusSoon(`[data-testid="decision-editor-${decision.id}"]`)
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
  const untitled = t('meetings.agenda.untitled')
  const agendaOptions = useMemo(() => agendaChoices(meeting.agenda, untitled), [meeting.agenda, untitled])
  const marks = decisionMarks(meeting.decisions, meeting.decisionStyle, t('minutesBlocks.noteMark'), t('minutesBlocks.bulletMark'))

  return (
    <div className="section-plain">
      <p className="field__hint section-hint">{t('meetings.decisions.textHint')}</p>
      <fieldset className="segmented-field decisions-style">
        <legend className="field__label">{t('minutesBlocks.style.legend')}</legend>
        <div className="segmented">
          {DECISION_STYLES.map((s) => (
            <label key={s} className={`segmented__option${meeting.decisionStyle === s ? ' segmented__option--on' : ''}`}>
              <input
                type="radio"
                name={styleName}
                value={s}
                checked={meeting.decisionStyle === s}
                onChange={() => actions.setDecisionStyle(s)}
              />
              {t(`minutesBlocks.style.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
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
            mark={marks[index] ?? ''}
            agendaOptions={agendaOptions}
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
      <DecisionHeadings meeting={meeting} actions={actions} />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  )
}

/** The mark in front of each decision: its number among the numbered ones, a bullet, or « NB ». */
function decisionMarks(decisions: readonly Decision[], style: DecisionStyle, nb: string, bullet: string): string[] {
  let n = 0
  return decisions.map((d) => {
    if (d.note) return nb
    n++
    return style === 'number' ? `${n}.` : bullet
  })
}

const DecisionRow = memo(function DecisionRow({
  decision,
  n,
  mark,
  agendaOptions,
  handle,
  actions,
  onDelete,
}: {
  decision: Decision
  n: number
  mark: string
  agendaOptions: readonly SelectOption[]
  handle: ReactNode
  actions: MeetingActions
  onDelete: (decision: Decision, n: number) => void
}) {
  const { t } = useTranslation()
  return (
    <div className={`list-row decision-row${decision.note ? ' decision-row--note' : ''}`} data-testid={`decision-${n}`}>
      {handle}
      <span className="list-row__number" aria-hidden data-testid={`decision-mark-${n}`}>
        {mark}
      </span>
      <div className="decision-row__fields">
        <div className="decision-row__meta">
          <Field label={t('meetings.decisions.agendaItem')} className="decision-row__agenda">
            {(c) => (
              <DeferredSelect
                control={c}
                className="select select--sm"
                value={decision.agendaItemId === null ? '' : String(decision.agendaItemId)}
                none={{ value: '', label: t('meetings.decisions.noAgendaItem') }}
                groups={[{ options: agendaOptions }]}
                onChange={(value) => actions.updateDecision(decision.id, { agendaItemId: value ? Number(value) : null })}
              />
            )}
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={decision.note}
              onChange={(e) => actions.updateDecision(decision.id, { note: e.target.checked })}
            />
            {t('minutesBlocks.note')}
          </label>
        </div>
        <DecisionText
          id={decision.id}
          initial={decision.body}
          label={decision.note ? t('minutesBlocks.noteEditorLabel', { n }) : t('meetings.decisions.text', { n })}
          actions={actions}
        />
      </div>
      <button
        type="button"
        className="icon-btn icon-btn--danger"
        onClick={() => onDelete(decision, n)}
        aria-label={t('meetings.decisions.delete', { n })}
        title={t('meetings.decisions.delete', { n })}
      >
        <MaskIcon icon={Trash2} />
      </button>
    </div>
  )
})

/** The decision's editor; it owns its text once created, so typing never re-creates it. */
const DecisionText = memo(
  function DecisionText({
    id,
    initial,
    label,
    actions,
  }: {
    id: number
    initial: RichDoc
    label: string
    actions: MeetingActions
  }) {
    const onChange = useCallback((body: RichDoc) => actions.updateDecision(id, { body }), [actions, id])
    return <RichTextEditor initial={initial} onChange={onChange} label={label} testId={`decision-editor-${id}`} />
  },
  (a, b) => a.id === b.id && a.label === b.label && a.actions === b.actions,
)

/** Each agenda item as a decision's select offers it: « 2. Title », cut at 90 characters. */
function agendaChoices(agenda: readonly AgendaItem[], untitled: string): SelectOption[] {
  return agenda.map((item, index) => ({ value: String(item.id), label: `${index + 1}. ${truncate(item.title || untitled, 90)}` }))
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
