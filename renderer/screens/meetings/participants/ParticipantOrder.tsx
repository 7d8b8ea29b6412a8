import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrowDown, ArrowUp } from 'lucide-react'
import type { AttendanceEntry, ParticipantOrder as Order } from '../../../../shared/domain/meetings'
import { PARTICIPANT_ORDERS } from '../../../../shared/domain/meetings'
import { SortableList } from '../../../components/SortableList'
import { errorMessage } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import { personName } from '../meeting-text'
import { reorderParticipants, switchParticipantOrder } from '../model/participant-order'
import './participant-list.css'

/**
 * « Par collège » or « ordre protocolaire » for this meeting's relevé; in protocol order, a button
 * opens the list to reorder (handled by ParticipantsSection, which shows it instead of the checklist).
 */
export function ParticipantOrderChoice({
  order,
  reordering,
  onReordering,
}: {
  order: Order
  reordering: boolean
  onReordering: (on: boolean) => void
}) {
  const { t } = useTranslation()
  const { actions, reportError } = useMeetingEditor()
  // The choice shows at once; the list follows once main has answered.
  const [pending, setPending] = useState<Order | null>(null)
  const choose = async (next: Order) => {
    if (next === order) return
    setPending(next)
    try {
      await switchParticipantOrder(actions, next)
      if (next === 'college') onReordering(false)
    } catch (e) {
      reportError(t('participantList.order.failed', { message: errorMessage(e) }))
    } finally {
      setPending(null)
    }
  }
  return (
    <div className="participant-order">
      <fieldset className="participant-order__choice" disabled={pending !== null}>
        <legend className="participant-order__legend">{t('participantList.order.legend')}</legend>
        {PARTICIPANT_ORDERS.map((value) => (
          <label key={value} className="participant-order__option">
            <input
              type="radio"
              name="participant-order"
              value={value}
              checked={(pending ?? order) === value}
              onChange={() => void choose(value)}
            />
            <span>
              {t(`participantList.order.${value}`)}
              <span className="muted"> — {t(`participantList.order.${value}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {order === 'protocol' ? (
        <button
          type="button"
          className={`btn btn--sm${reordering ? ' btn--primary' : ''}`}
          aria-pressed={reordering}
          onClick={() => onReordering(!reordering)}
        >
          {reordering ? t('participantList.order.done') : t('participantList.order.reorder')}
        </button>
      ) : null}
    </div>
  )
}

/** The list in protocol order, reordered by dragging a handle or with « Monter » / « Descendre ». */
export function ProtocolOrderList({ attendance }: { attendance: readonly AttendanceEntry[] }) {
  const { t } = useTranslation()
  const { actions } = useMeetingEditor()
  const items = attendance.map((entry) => ({ id: entry.personId, entry }))
  const ids = items.map((i) => i.id)
  const move = (index: number, by: -1 | 1, direction: 'up' | 'down') => {
    const to = index + by
    const id = ids[index]
    if (id === undefined || to < 0 || to >= ids.length) return
    const next = [...ids]
    next.splice(index, 1)
    next.splice(to, 0, id)
    reorderParticipants(actions, next)
    // Keep the focus on the button the user pressed, now one row away; at an end, on the other one.
    requestAnimationFrame(() => {
      const row = document.querySelector(`[data-order-person="${id}"]`)
      const button =
        row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]:not(:disabled)`) ??
        row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)')
      button?.focus()
    })
  }
  return (
    <div className="protocol-order">
      <p className="field__hint">{t('participantList.order.help')}</p>
      <SortableList
        items={items}
        onReorder={(next) => reorderParticipants(actions, next)}
        label={t('participantList.order.listLabel')}
        itemName={(item) => personName(item.entry)}
        handleLabel={(item) => t('participantList.order.handle', { name: personName(item.entry) })}
        className="protocol-order__list"
        renderItem={(item, index, handle) => {
          const name = personName(item.entry)
          return (
            <div className="protocol-order__row" data-order-person={item.id}>
              {handle}
              <span className="protocol-order__rank">{index + 1}</span>
              <span className="protocol-order__who">
                <strong>{name}</strong>
                <span className="muted">{item.entry.organisationName}</span>
              </span>
              <button
                type="button"
                className="btn btn--sm"
                data-move="up"
                aria-label={t('participantList.order.upFor', { name })}
                title={t('participantList.order.up')}
                disabled={index === 0}
                onClick={() => move(index, -1, 'up')}
              >
                <ArrowUp size={15} aria-hidden />
              </button>
              <button
                type="button"
                className="btn btn--sm"
                data-move="down"
                aria-label={t('participantList.order.downFor', { name })}
                title={t('participantList.order.down')}
                disabled={index === items.length - 1}
                onClick={() => move(index, 1, 'down')}
              >
                <ArrowDown size={15} aria-hidden />
              </button>
            </div>
          )
        }}
      />
    </div>
  )
}
