import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingSectionProps } from '../meetings/editor/sections'
import { useEditorPreload } from '../meetings/editor/editor-context'
import type { PreviousAction } from '../../../shared/domain/registers'
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/vocabulary'
import { formatLongDate } from '../../dates'
import { api } from '../../api/client'
import { errorMessage } from '../../components/error-message'
import { ShowMore } from '../../components/ShowMore'
import './registers.css'

type State = { kind: 'loading' } | { kind: 'ready'; rows: PreviousAction[] } | { kind: 'error'; message: string }

/**
 * « Suivi des actions précédentes » in the meeting editor: the open actions of the committee's
 * earlier meetings; what is recorded here is recorded against this meeting (and printed in its relevé).
 * Loaded on its own, from the meeting's id only: typing elsewhere in the editor does not reload it.
 */
export const PreviousActionsSection = memo(
  function PreviousActionsSection({ meeting }: MeetingSectionProps) {
    const { t } = useTranslation()
    const meetingId = meeting.id
    // Read by the editor with the meeting, when it could: drawn with the rest, not read again.
    const preloaded = useEditorPreload().previousActions
    const [state, setState] = useState<State>(() => (preloaded ? { kind: 'ready', rows: preloaded } : { kind: 'loading' }))
    const given = useRef(preloaded !== undefined)
    useEffect(() => {
      if (given.current) {
        given.current = false
        return undefined
      }
      let alive = true
      api.actions.previous({ meetingId }).then(
        (rows) => alive && setState({ kind: 'ready', rows }),
        (e: unknown) => alive && setState({ kind: 'error', message: errorMessage(e) }),
      )
      return () => {
        alive = false
      }
    }, [meetingId])

    if (state.kind === 'loading') {
      return (
        <p className="muted" aria-busy="true">
          {t('ui.common.loading')}
        </p>
      )
    }
    if (state.kind === 'error') {
      return (
        <div className="banner banner--error" role="alert">
          {state.message}
        </div>
      )
    }
    if (state.rows.length === 0) return <p className="muted">{t('registers.followUp.none')}</p>
    return (
      <div className="previous-actions">
        <p className="muted">{t('registers.followUp.intro')}</p>
        <ActionPages
          rows={state.rows}
          meetingId={meetingId}
          onSaved={(next) =>
            setState((before) =>
              before.kind === 'ready'
                ? { kind: 'ready', rows: before.rows.map((r) => (r.action.id === next.action.id ? next : r)) }
                : before,
            )
          }
        />
      </div>
    )
  },
  (a, b) => a.meeting.id === b.meeting.id,
)

/** Actions mounted at first, and added each time the end of the list comes near. */
const PAGE = 20

/**
 * The open actions a page at a time: after ten years a committee may carry a hundred or more, each
 * with its form; the next page is mounted when the end of the list comes near the screen (or on the
 * button, for the keyboard), so the editor opens at the cost of what is seen. Pages are only added:
 * what was chosen or typed in a row stays.
 */
function ActionPages({
  rows,
  meetingId,
  onSaved,
}: {
  rows: readonly PreviousAction[]
  meetingId: number
  onSaved: (row: PreviousAction) => void
}) {
  const { t } = useTranslation()
  const [count, setCount] = useState(PAGE)
  const rest = rows.length - count
  const more = useCallback(() => setCount((n) => n + PAGE), [])
  return (
    <>
      <ol className="previous-actions__list">
        {rows.slice(0, count).map((row) => (
          <PreviousActionItem key={row.action.id} meetingId={meetingId} row={row} onSaved={onSaved} />
        ))}
      </ol>
      <ShowMore rest={rest} onMore={more} label={t('registers.followUp.moreActions', { count: Math.min(PAGE, rest), total: rest })} />
    </>
  )
}

function PreviousActionItem({
  meetingId,
  row,
  onSaved,
}: {
  meetingId: number
  row: PreviousAction
  onSaved: (row: PreviousAction) => void
}) {
  const { t } = useTranslation()
  const { action } = row
  const [status, setStatus] = useState<ActionStatus>(row.followUp?.status ?? row.statusBefore)
  const [note, setNote] = useState(row.followUp?.note ?? '')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  function record() {
    setBusy(true)
    api.actions.followUp({ meetingId, actionId: action.id, status, note }).then(
      (saved) => {
        setBusy(false)
        setMessage({ ok: true, text: t('registers.followUp.recorded') })
        onSaved(saved)
      },
      // What was typed stays in the form, with the reason beside it.
      (e: unknown) => {
        setBusy(false)
        setMessage({ ok: false, text: errorMessage(e) })
      },
    )
  }

  const origin = action.meeting.date ? formatLongDate(action.meeting.date, { weekday: false }) : action.meeting.title
  return (
    <li className="previous-action" aria-label={action.text}>
      <div className="previous-action__text">
        <strong>{action.text}</strong>
        <span className="register-table__sub">
          {t('locale.labelValue', { label: t('registers.followUp.origin'), value: origin })}
          {action.owner.label ? ` · ${action.owner.label}` : ''}
          {action.due || action.dueText ? ` · ${action.due || action.dueText}` : ''}
          {action.overdue ? (
            <span className="register-badge register-badge--late">{t('registers.actions.overdue')}</span>
          ) : null}
        </span>
        <span className="register-table__sub">
          {t('locale.labelValue', { label: t('registers.followUp.before'), value: t(`registers.actionStatuses.${row.statusBefore}`) })}
        </span>
      </div>
      <form
        className="previous-action__form"
        onSubmit={(e) => {
          e.preventDefault()
          record()
        }}
      >
        <label className="previous-action__field">
          <span className="field__label">{t('registers.followUp.atMeeting')}</span>
          <select
            className="select select--sm"
            value={status}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`registers.actionStatuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="previous-action__field previous-action__field--note">
          <span className="field__label">{t('registers.followUp.note')}</span>
          <textarea
            className="textarea"
            rows={2}
            value={note}
            placeholder={t('registers.followUp.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn--sm btn--primary" disabled={busy}>
          {t('registers.followUp.record')}
        </button>
        {message ? (
          <span
            className={message.ok ? 'previous-action__ok' : 'previous-action__error'}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </span>
        ) : null}
      </form>
    </li>
  )
}
