import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../../shared/domain/meetings'
import { Field } from '../../../components/Field'
import type { MeetingActions } from '../model/meeting-actions'

/**
 * The short heading of each agenda item's block of « Points arrêtés » (« Mise en œuvre du PAN
 * 2018-2020 »), for the items that have decisions; empty, the relevé prints the item's title.
 */
export function DecisionHeadings({ meeting, actions }: { meeting: Meeting; actions: MeetingActions }) {
  const { t } = useTranslation()
  const items = meeting.agenda
    .map((item, index) => ({ item, n: index + 1 }))
    .filter(({ item }) => meeting.decisions.some((d) => d.agendaItemId === item.id))
  if (items.length === 0) return null
  return (
    <fieldset className="decision-headings">
      <legend className="field__label">{t('minutesBlocks.headings.legend')}</legend>
      <p className="field__hint">{t('minutesBlocks.headings.hint')}</p>
      {items.map(({ item, n }) => (
        <Field key={item.id} label={t('minutesBlocks.headings.decisions', { n })}>
          {(c) => (
            <input
              {...c}
              className="input input--sm"
              data-testid={`decisions-heading-${n}`}
              value={item.decisionsHeading}
              placeholder={item.title || t('meetings.agenda.untitled')}
              onChange={(e) => actions.updateAgendaItem(item.id, { decisionsHeading: e.target.value })}
            />
          )}
        </Field>
      ))}
    </fieldset>
  )
}
