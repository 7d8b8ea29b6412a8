import { useCallback, useState } from 'react'
import { organisationLabel } from '../../../../shared/domain/directory'
import { useTranslation } from 'react-i18next'
import { Plus } from 'lucide-react'
import type { NextStep } from '../../../../shared/domain/meetings'
import { ConfirmDialog, type ConfirmRequest } from '../../../components/ConfirmDialog'
import { SortableList } from '../../../components/SortableList'
import { errorMessage } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import type { MeetingSectionProps } from '../editor/sections'
import { focusSoon } from '../focus'
import { personName } from '../meeting-text'
import { NextStepRow, type ResponsibleOption } from './NextStepRow'

/** « Prochaines étapes »: what, who, by when (as typed, with what the app understood), status. */
export function NextStepsSection({ meeting }: MeetingSectionProps) {
  const { t } = useTranslation()
  const { actions, organisations, reportError } = useMeetingEditor()
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)
  // A due date without a year (« fin juillet ») takes it from the meeting's first day.
  const firstDate = meeting.dates.map((d) => d.date).sort()[0]

  const people: ResponsibleOption[] = meeting.attendance.map((e) => ({
    value: `p:${e.personId}`,
    label: personName(e),
  }))
  const orgs: ResponsibleOption[] = organisations.map((o) => ({
    value: `o:${o.id}`,
    label: organisationLabel(o),
  }))

  const add = async () => {
    try {
      const step = await actions.addNextStep()
      focusSoon(`[data-next-step-text="${step.id}"]`)
    } catch (e) {
      reportError(t('meetings.editor.actionFailed', { message: errorMessage(e) }))
    }
  }
  const askDelete = useCallback(
    (step: NextStep, n: number) =>
      setConfirm({
        title: t('meetings.nextSteps.deleteTitle'),
        message: t('meetings.nextSteps.deleteMessage', { n }),
        onConfirm: () => actions.deleteNextStep(step.id),
      }),
    [actions, t],
  )

  return (
    <div className="section-plain">
      {meeting.nextSteps.length === 0 ? <p className="muted">{t('meetings.nextSteps.empty')}</p> : null}
      <SortableList
        items={meeting.nextSteps}
        onReorder={(ids) => actions.reorderNextSteps(ids)}
        label={t('meetings.nextSteps.listLabel')}
        itemName={(_s, index) => t('meetings.nextSteps.itemLabel', { n: index + 1 })}
        handleLabel={(_s, index) => t('meetings.nextSteps.dragHandle', { n: index + 1 })}
        renderItem={(step, index, handle) => (
          <NextStepRow
            step={step}
            n={index + 1}
            handle={handle}
            actions={actions}
            onDelete={askDelete}
            people={people}
            organisations={orgs}
            referenceDate={firstDate}
          />
        )}
      />
      <div className="section-actions">
        <button type="button" className="btn" onClick={() => void add()}>
          <Plus size={16} aria-hidden />
          {t('meetings.nextSteps.add')}
        </button>
      </div>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </div>
  )
}
