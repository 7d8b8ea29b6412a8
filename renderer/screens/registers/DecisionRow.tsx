import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Lock } from 'lucide-react'
import type { DecisionEntry, EngagementChoice } from '../../../shared/domain/registers'
import { DECISION_STATUSES, type DecisionStatus } from '../../../shared/domain/vocabulary'
import { formatLongDate } from '../../dates'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'

/** One decision: number, meeting and item, summary, a status to change, the engagements it serves. */
export const DecisionRow = memo(function DecisionRow({
  decision: d,
  engagements,
  onSaved,
  onError,
}: {
  decision: DecisionEntry
  engagements: readonly EngagementChoice[]
  onSaved: (entry: DecisionEntry) => void
  onError: (message: string) => void
}) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [chosen, setChosen] = useState<number[]>(d.engagements.map((e) => e.id))

  function setStatus(status: DecisionStatus) {
    api.decisions.setStatus({ id: d.id, status }).then(onSaved, (e: unknown) => onError(errorMessage(e)))
  }
  function saveEngagements() {
    api.decisions.setEngagements({ id: d.id, engagementIds: chosen }).then(
      (entry) => {
        setEditing(false)
        onSaved(entry)
      },
      (e: unknown) => onError(errorMessage(e)),
    )
  }

  return (
    <tr className="register-table__row">
      <td className="register-table__number">
        {d.number ?? <span className="muted">{t('registers.decisions.noNumber')}</span>}
        {d.frozen ? (
          <Lock size={12} aria-label={t('registers.decisions.frozen')} className="register-table__lock" />
        ) : null}
      </td>
      <td className="register-table__meeting">
        <a href={`#/meetings/${d.meeting.id}`}>
          {d.meeting.date ? formatLongDate(d.meeting.date, { weekday: false }) : d.meeting.title}
        </a>
        <span className="register-table__sub">{d.meeting.committeeAcronym || d.meeting.committeeName}</span>
        {d.agendaItem ? <span className="register-table__sub">{d.agendaItem.title}</span> : null}
      </td>
      <td className="register-table__text">{d.summary}</td>
      <td>
        <select
          className="select select--sm"
          aria-label={t('registers.decisions.status')}
          value={d.status}
          onChange={(e) => setStatus(e.target.value as DecisionStatus)}
        >
          {DECISION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`registers.decisionStatuses.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="register-table__engagements">
        {d.engagements.map((e) => (
          <span key={e.id} className="register-chip" title={e.title}>
            {t('registers.decisions.engagementLine', { number: e.number })}
          </span>
        ))}
        {engagements.length > 0 && !editing ? (
          <button type="button" className="btn btn--link" onClick={() => setEditing(true)}>
            {t('registers.decisions.editEngagements')}
          </button>
        ) : null}
        {editing ? (
          <fieldset className="register-engagements">
            <legend className="visually-hidden">{t('registers.decisions.editEngagements')}</legend>
            {engagements.map((e) => (
              <label key={e.id} className="register-engagements__choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(e.id)}
                  onChange={(ev) =>
                    setChosen((list) => (ev.target.checked ? [...list, e.id] : list.filter((id) => id !== e.id)))
                  }
                />
                {`${e.number}. ${e.title}`}
              </label>
            ))}
            <button type="button" className="btn btn--sm btn--primary" onClick={saveEngagements}>
              {t('registers.decisions.saveEngagements')}
            </button>
          </fieldset>
        ) : null}
      </td>
    </tr>
  )
})
