import { useCallback, useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AttendanceEntry } from '../../../../shared/domain/meetings'
import type { AttendanceStatus } from '../../../../shared/domain/vocabulary'
import { ConfirmDialog, type ConfirmRequest } from '../../../components/ConfirmDialog'
import { useMeetingEditor } from '../editor/editor-context'
import { personName } from '../meeting-text'
import { AttendanceRow, MARKS } from './AttendanceRow'

function focusRow(list: HTMLElement | null, personId: number | undefined): void {
  if (personId === undefined) return
  list?.querySelector<HTMLElement>(`[data-person-id="${personId}"]`)?.focus()
}

/**
 * The attendance checklist. One tab stop for the whole list (the current row); ↑ ↓ Début Fin move
 * between people; P E A R I mark the person and go to the next one (R asks who represents them).
 */
export function AttendanceList({ attendance }: { attendance: readonly AttendanceEntry[] }) {
  const { t } = useTranslation()
  const { actions } = useMeetingEditor()
  const hintId = useId()
  const [current, setCurrent] = useState<number | null>(null)
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)
  const currentId = attendance.some((e) => e.personId === current) ? current : (attendance[0]?.personId ?? null)

  const mark = useCallback(
    (personId: number, status: AttendanceStatus) => {
      actions.setAttendance(personId, status)
      if (status === 'represente') {
        // Let the field appear, then type the representative's name.
        requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-proxy-for="${personId}"]`)?.focus())
      }
    },
    [actions],
  )
  const representedBy = useCallback(
    (personId: number, value: string) => actions.setAttendance(personId, 'represente', value, { typing: true }),
    [actions],
  )
  const setFunction = useCallback(
    (personId: number, value: string) => actions.setAttendanceFunction(personId, value),
    [actions],
  )
  const remove = useCallback(
    (entry: AttendanceEntry) =>
      setConfirm({
        title: t('meetings.attendance.removeTitle'),
        message: t('meetings.attendance.removeMessage', { name: personName(entry) }),
        confirmLabel: t('ui.common.delete'),
        onConfirm: () => actions.removeAttendee(entry.personId),
      }),
    [actions, t],
  )

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLLIElement>, entry: AttendanceEntry) => {
      if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return
      const list = event.currentTarget.parentElement
      const index = attendance.findIndex((e) => e.personId === entry.personId)
      const go = (i: number) => focusRow(list, attendance[Math.max(0, Math.min(attendance.length - 1, i))]?.personId)
      const markKey = MARKS.find((m) => m.key === event.key.toLowerCase())
      if (markKey) {
        event.preventDefault()
        mark(entry.personId, markKey.status)
        if (markKey.status !== 'represente') go(index + 1)
      } else if (event.key === 'ArrowDown') {
        event.preventDefault()
        go(index + 1)
      } else if (event.key === 'ArrowUp') {
        event.preventDefault()
        go(index - 1)
      } else if (event.key === 'Home') {
        event.preventDefault()
        go(0)
      } else if (event.key === 'End') {
        event.preventDefault()
        go(attendance.length - 1)
      } else if (event.key === 'Delete' && !entry.member) {
        event.preventDefault()
        remove(entry)
      }
    },
    [attendance, mark, remove],
  )

  if (attendance.length === 0) return <p className="muted attendance-empty">{t('meetings.attendance.empty')}</p>
  return (
    <>
      <p id={hintId} className="field__hint attendance-hint">
        {t('meetings.attendance.hint')}
      </p>
      <ul className="attendance-list" aria-label={t('meetings.attendance.listLabel')}>
        {attendance.map((entry) => (
          <AttendanceRow
            key={entry.personId}
            entry={entry}
            focusable={entry.personId === currentId}
            hintId={hintId}
            onMark={mark}
            onRepresentedBy={representedBy}
            onFunction={setFunction}
            onRemove={remove}
            onKeyDown={onKeyDown}
            onFocus={setCurrent}
          />
        ))}
      </ul>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </>
  )
}
