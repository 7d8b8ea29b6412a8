import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionEntry, ActionFollowUp } from '../../../shared/domain/registers'
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/vocabulary'
import { formatLongDate } from '../../dates'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'
import { interfaceLanguage } from '../../i18n'
import { shownDue } from './due-period'

/** « 7 octobre 2020 — Fait : note (réunion du 7 octobre 2020) ». */
export function FollowUpLine({ f }: { f: ActionFollowUp }) {
  const { t } = useTranslation()
  return (
    <li className="register-notes__item">
      <span className="register-notes__date">{formatLongDate(f.date, { weekday: false })}</span> —{' '}
      {t(`registers.actionStatuses.${f.status}`)}
      {f.note ? t('registers.actions.noteSuffix', { note: f.note }) : ''}
      {f.meeting?.date
        ? t('registers.actions.atMeeting', { date: formatLongDate(f.meeting.date, { weekday: false }) })
        : ''}
    </li>
  )
}

/** One action: where it comes from, owner and period, status now, its dated notes and a form to add one. */
export const ActionRow = memo(function ActionRow({
  action: a,
  onSaved,
  onError,
}: {
  action: ActionEntry
  onSaved: (entry: ActionEntry) => void
  onError: (message: string) => void
}) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const [status, setStatus] = useState<ActionStatus>(a.status)
  const [note, setNote] = useState('')

  function save(next: ActionStatus, text: string) {
    api.actions.addNote({ actionId: a.id, status: next, note: text }).then(
      (entry) => {
        setAdding(false)
        setNote('')
        onSaved(entry)
      },
      // What was typed stays in the form.
      (e: unknown) => onError(errorMessage(e)),
    )
  }

  return (
    <tr className={`register-table__row${a.overdue ? ' register-table__row--overdue' : ''}`}>
      <td className="register-table__meeting">
        <a href={`#/meetings/${a.meeting.id}`}>
          {a.meeting.date ? formatLongDate(a.meeting.date, { weekday: false }) : a.meeting.title}
        </a>
        <span className="register-table__sub">
          {t('registers.actions.origin', { committee: a.meeting.committeeAcronym || a.meeting.committeeName, n: a.position })}
        </span>
      </td>
      <td className="register-table__text">
        {a.text}
        {a.owner.label ? <span className="register-table__sub">{a.owner.label}</span> : null}
      </td>
      <td className="register-table__due">
        <span className="register-table__period">{shownDue(interfaceLanguage(), a)}</span>
        {a.overdue ? (
          <span className="register-badge register-badge--late">{t('registers.actions.overdue')}</span>
        ) : null}
      </td>
      <td>
        <select
          className="select select--sm"
          aria-label={t('registers.actions.status')}
          value={a.status}
          onChange={(e) => save(e.target.value as ActionStatus, '')}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`registers.actionStatuses.${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="register-table__notes">
        {a.followUps.length > 0 ? (
          <ul className="register-notes">
            {a.followUps.map((f) => (
              <FollowUpLine key={f.id} f={f} />
            ))}
          </ul>
        ) : null}
        {adding ? (
          <form
            className="register-note-form"
            onSubmit={(e) => {
              e.preventDefault()
              save(status, note)
            }}
          >
            <select
              className="select select--sm"
              aria-label={t('registers.actions.status')}
              value={status}
              onChange={(e) => setStatus(e.target.value as ActionStatus)}
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`registers.actionStatuses.${s}`)}
                </option>
              ))}
            </select>
            <textarea
              className="textarea"
              aria-label={t('registers.actions.notes')}
              placeholder={t('registers.actions.notePlaceholder')}
              value={note}
              rows={2}
              onChange={(e) => setNote(e.target.value)}
            />
            <button type="submit" className="btn btn--sm btn--primary">
              {t('registers.actions.saveNote')}
            </button>
          </form>
        ) : (
          <button type="button" className="btn btn--link" onClick={() => setAdding(true)}>
            {t('registers.actions.addNote')}
          </button>
        )}
      </td>
    </tr>
  )
})
