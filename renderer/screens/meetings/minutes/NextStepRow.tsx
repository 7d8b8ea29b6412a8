import { memo, useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckCircle2, HelpCircle, ListPlus, Trash2 } from 'lucide-react'
import type { NextStep } from '../../../../shared/domain/meetings'
import { richHasContent, type RichDoc } from '../../../../shared/domain/rich-text'
import { focusSoon } from '../focus'
import { RichTextEditor } from './RichTextEditor'
import './minutes-intro.css'
import { NEXT_STEP_STATUSES } from '../../../../shared/domain/vocabulary'
import { Field } from '../../../components/Field'
import { MaskIcon } from '../../../components/MaskIcon'
import type { MeetingActions } from '../model/meeting-actions'
import { dueFeedback } from './due-feedback'
import { DeferredSelect, type SelectOption } from './DeferredSelect'

export type ResponsibleOption = SelectOption

/** One next step: text, details (rich text), responsible (free text and/or from the directory), due date as typed, status. */
export function NextStepRow({
  step,
  n,
  handle,
  actions,
  onDelete,
  people,
  organisations,
  referenceDate,
}: {
  step: NextStep
  n: number
  handle: ReactNode
  actions: MeetingActions
  onDelete: (step: NextStep, n: number) => void
  people: readonly ResponsibleOption[]
  organisations: readonly ResponsibleOption[]
  referenceDate: string | undefined
}) {
  const { t } = useTranslation()
  // Details open once they hold something or the user asks for them; an empty editor in every row would crowd the list.
  const [detailsOpen, setDetailsOpen] = useState(() => richHasContent(step.details))
  const due = dueFeedback(step.dueText, referenceDate)
  const reference =
    step.responsiblePersonId !== null
      ? `p:${step.responsiblePersonId}`
      : step.responsibleOrganisationId !== null
        ? `o:${step.responsibleOrganisationId}`
        : ''
  const setReference = (value: string) => {
    const [kind, id] = value.split(':')
    actions.updateNextStep(
      step.id,
      {
        responsiblePersonId: kind === 'p' ? Number(id) : null,
        responsibleOrganisationId: kind === 'o' ? Number(id) : null,
      },
      { immediate: true },
    )
  }
  return (
    <div className="list-row next-step-row" data-testid={`next-step-${n}`}>
      {handle}
      <span className="list-row__number" aria-hidden>
        {n}.
      </span>
      <div className="next-step-row__fields">
        <Field label={t('meetings.nextSteps.text', { n })} labelHidden className="next-step-row__text">
          {(c) => (
            <textarea
              {...c}
              className="textarea textarea--inline"
              rows={1}
              data-next-step-text={step.id}
              value={step.text}
              placeholder={t('meetings.nextSteps.text', { n })}
              onChange={(e) => actions.updateNextStep(step.id, { text: e.target.value })}
            />
          )}
        </Field>
        {detailsOpen ? (
          <NextStepDetails id={step.id} n={n} initial={step.details} actions={actions} />
        ) : (
          <button
            type="button"
            className="btn btn--ghost btn--sm next-step-row__add-details"
            aria-label={t('minutesIntro.nextStepDetails.addFor', { n })}
            onClick={() => {
              setDetailsOpen(true)
              focusSoon(`[data-testid="next-step-details-${n}"]`)
            }}
          >
            <MaskIcon icon={ListPlus} size={15} />
            {t('minutesIntro.nextStepDetails.add')}
          </button>
        )}
        <div className="next-step-row__meta">
          <Field label={t('meetings.nextSteps.responsibleText')}>
            {(c) => (
              <input
                {...c}
                className="input input--sm"
                value={step.responsibleText}
                onChange={(e) => actions.updateNextStep(step.id, { responsibleText: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('meetings.nextSteps.responsibleRef')}>
            {(c) => (
              <DeferredSelect
                control={c}
                className="select select--sm"
                value={reference}
                none={{ value: '', label: t('meetings.nextSteps.responsibleNone') }}
                groups={[
                  { label: t('meetings.nextSteps.people'), options: people },
                  { label: t('meetings.nextSteps.organisations'), options: organisations },
                ]}
                onChange={setReference}
              />
            )}
          </Field>
          <Field
            label={t('meetings.nextSteps.due')}
            hint={
              due ? (
                <span className={due.ok ? 'due due--ok' : 'due due--unclear'} data-testid={`due-feedback-${n}`}>
                  {due.ok ? <MaskIcon icon={CheckCircle2} size={13} /> : <MaskIcon icon={HelpCircle} size={13} />}
                  {due.ok
                    ? t('meetings.nextSteps.dueUnderstood', { period: due.text })
                    : t('meetings.nextSteps.dueUnclear')}
                </span>
              ) : null
            }
          >
            {(c) => (
              <input
                {...c}
                className="input input--sm"
                value={step.dueText}
                placeholder={t('meetings.nextSteps.duePlaceholder')}
                onChange={(e) => actions.updateNextStep(step.id, { dueText: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('meetings.nextSteps.status')}>
            {(c) => (
              <select
                {...c}
                className="select select--sm"
                value={step.status}
                onChange={(e) =>
                  actions.updateNextStep(
                    step.id,
                    { status: NEXT_STEP_STATUSES.find((s) => s === e.target.value) ?? 'a_faire' },
                    { immediate: true },
                  )
                }
              >
                {NEXT_STEP_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`nextStepStatuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <button
        type="button"
        className="icon-btn icon-btn--danger"
        onClick={() => onDelete(step, n)}
        aria-label={t('meetings.nextSteps.delete', { n })}
        title={t('meetings.nextSteps.delete', { n })}
      >
        <MaskIcon icon={Trash2} />
      </button>
    </div>
  )
}

/** The step's details in a rich-text editor that owns its content once created. */
const NextStepDetails = memo(
  function NextStepDetails({ id, n, initial, actions }: { id: number; n: number; initial: RichDoc; actions: MeetingActions }) {
    const { t } = useTranslation()
    const onChange = useCallback((details: RichDoc) => actions.updateNextStep(id, { details }), [actions, id])
    return (
      <div className="next-step-row__details">
        <RichTextEditor
          initial={initial}
          onChange={onChange}
          label={t('minutesIntro.nextStepDetails.editorLabel', { n })}
          testId={`next-step-details-${n}`}
        />
      </div>
    )
  },
  (a, b) => a.id === b.id && a.n === b.n && a.actions === b.actions,
)
