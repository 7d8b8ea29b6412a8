import { memo, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { X } from 'lucide-react'
import type { AttendanceEntry } from '../../../../shared/domain/meetings'
import type { AttendanceStatus } from '../../../../shared/domain/vocabulary'
import { Field } from '../../../components/Field'
import { personName } from '../meeting-text'

/** The statuses offered as buttons, with their one-key shortcut. */
export const MARKS: readonly { status: AttendanceStatus; key: string }[] = [
  { status: 'present', key: 'p' },
  { status: 'excuse', key: 'e' },
  { status: 'absent', key: 'a' },
  { status: 'represente', key: 'r' },
  { status: 'invite', key: 'i' },
]

/**
 * One person of the attendance checklist. The row itself takes the keyboard (P, E, A, R, I; the
 * list moves between rows with the arrows); the buttons are for the mouse.
 */
export const AttendanceRow = memo(function AttendanceRow({
  entry,
  focusable,
  hintId,
  onMark,
  onRepresentedBy,
  onFunction,
  onRemove,
  onKeyDown,
  onFocus,
}: {
  entry: AttendanceEntry
  focusable: boolean
  hintId: string
  onMark: (personId: number, status: AttendanceStatus) => void
  onRepresentedBy: (personId: number, value: string) => void
  onFunction: (personId: number, value: string) => void
  onRemove: (entry: AttendanceEntry) => void
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>, entry: AttendanceEntry) => void
  onFocus: (personId: number) => void
}) {
  const { t } = useTranslation()
  const name = personName(entry)
  const statusLabel = t(`attendance.${entry.status}`)
  const missingRepresentative = entry.status === 'represente' && entry.representedBy.trim() === ''
  return (
    <li
      className={`attendance-row attendance-row--${entry.status}`}
      tabIndex={focusable ? 0 : -1}
      data-person-id={entry.personId}
      aria-label={t('join.labelValue', {
        label: [name, entry.organisationName || t('meetings.attendance.noOrganisation')].join(t('join.list')),
        value: statusLabel,
      })}
      aria-describedby={hintId}
      aria-keyshortcuts="P E A R I"
      onKeyDown={(event) => onKeyDown(event, entry)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus(entry.personId)
      }}
    >
      <div className="attendance-row__who">
        <span className="attendance-row__name">
          {name}
        </span>
        <span className="attendance-row__org">
          {entry.organisationName || t('meetings.attendance.noOrganisation')}
          {entry.side ? <span className="attendance-row__side"> · {t(`sides.${entry.side}`)}</span> : null}
          {/* Whether the person sits on the committee, written as a fact about them, not as a status. */}
          {!entry.member ? (
            <span className="attendance-row__side" title={t('meetings.attendance.guestTitle')}>
              {' '}
              · {t('meetings.attendance.guest')}
            </span>
          ) : null}
        </span>
        <input
          className="input attendance-row__function"
          // Only the current row's field is a tab stop, like the row itself.
          tabIndex={focusable ? 0 : -1}
          aria-label={t('meetings.attendance.functionFor', { name })}
          placeholder={t('meetings.attendance.functionPlaceholder')}
          data-function-for={entry.personId}
          value={entry.function ?? ''}
          onChange={(e) => onFunction(entry.personId, e.target.value)}
          onKeyDown={(e) => {
            // Letters are typed, not taken as shortcuts; Enter or Escape goes back to the row.
            e.stopPropagation()
            if (e.key === 'Enter' || e.key === 'Escape') {
              e.preventDefault()
              e.currentTarget.closest('li')?.focus()
            }
          }}
        />
      </div>
      <div className="attendance-marks" role="group" aria-label={t('meetings.attendance.statusGroup', { name })}>
        {MARKS.map(({ status, key }) => (
          <button
            key={status}
            type="button"
            tabIndex={-1}
            className={`attendance-mark attendance-mark--${status}${entry.status === status ? ' attendance-mark--on' : ''}`}
            aria-pressed={entry.status === status}
            title={`${t(`attendance.${status}`)} (${key.toUpperCase()})`}
            onClick={() => onMark(entry.personId, status)}
          >
            {t(`attendance.${status}`)}
          </button>
        ))}
      </div>
      {!entry.member ? (
        <button
          type="button"
          tabIndex={-1}
          className="icon-btn icon-btn--danger attendance-row__remove"
          onClick={() => onRemove(entry)}
          aria-label={t('meetings.attendance.remove', { name })}
          title={t('meetings.attendance.remove', { name })}
        >
          <X size={15} aria-hidden />
        </button>
      ) : (
        <span className="attendance-row__remove" aria-hidden />
      )}
      {entry.status === 'represente' ? (
        <Field
          label={t('meetings.attendance.representedByFor', { name })}
          labelHidden
          className="attendance-row__proxy"
          error={missingRepresentative ? t('meetings.attendance.representedByMissing') : null}
        >
          {(c) => (
            <div className="attendance-row__proxy-line">
              <span aria-hidden className="attendance-row__proxy-label">
                {t('meetings.attendance.representedBy')}
              </span>
              <input
                {...c}
                className="input"
                data-proxy-for={entry.personId}
                value={entry.representedBy}
                onChange={(e) => onRepresentedBy(entry.personId, e.target.value)}
                onKeyDown={(e) => {
                  // The letters are typed into the field, not taken as shortcuts; Enter goes back to the row.
                  e.stopPropagation()
                  if (e.key === 'Enter' || e.key === 'Escape') {
                    e.preventDefault()
                    e.currentTarget.closest('li')?.focus()
                  }
                }}
              />
            </div>
          )}
        </Field>
      ) : null}
    </li>
  )
})
