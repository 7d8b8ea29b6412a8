import { useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { GripVertical } from 'lucide-react'
import { MaskIcon } from './MaskIcon'
import './components.css'

interface SortableListProps<T extends { id: number }> {
  items: readonly T[]
  /** The new order, as ids. */
  onReorder: (ids: number[]) => void
  /** Accessible name of the list. */
  label: string
  /** Short name of an item for announcements (« Point 2 »). */
  itemName: (item: T, index: number) => string
  /** Accessible name of an item's drag handle. */
  handleLabel: (item: T, index: number) => string
  renderItem: (item: T, index: number, handle: ReactNode) => ReactNode
  className?: string
}

/**
 * A vertical list reordered by dragging a handle (mouse, or Space and arrows on the handle) and,
 * from anywhere inside an item, by Alt+↑ / Alt+↓; every move is announced in French.
 */
export function SortableList<T extends { id: number }>(props: SortableListProps<T>) {
  const { items, onReorder, label, itemName, handleLabel, renderItem, className } = props
  const { t } = useTranslation()
  const [announcement, setAnnouncement] = useState('')
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const ids = items.map((item) => item.id)
  const nameOf = (id: UniqueIdentifier | undefined): string => {
    const index = ids.indexOf(Number(id))
    const item = items[index]
    return item ? itemName(item, index) : ''
  }
  const positionOf = (id: UniqueIdentifier | undefined): number => ids.indexOf(Number(id)) + 1

  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return
    const active = document.activeElement
    const item = items[from]
    onReorder(arrayMove(ids, from, to))
    if (item)
      setAnnouncement(
        t('meetings.sortable.moved', { item: itemName(item, from), position: to + 1, count: items.length }),
      )
    // React may re-insert the moved element, which drops focus: put it back where the user was.
    requestAnimationFrame(() => {
      if (active instanceof HTMLElement && document.activeElement !== active && active.isConnected) active.focus()
    })
  }

  const onItemKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault()
      event.stopPropagation()
      moveTo(index, event.key === 'ArrowUp' ? index - 1 : index + 1)
    }
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    moveTo(ids.indexOf(Number(active.id)), ids.indexOf(Number(over.id)))
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('meetings.sortable.pickedUp', { item: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('meetings.sortable.moved', { item: nameOf(active.id), position: positionOf(over.id), count: items.length })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('meetings.sortable.dropped', { item: nameOf(active.id), position: positionOf(over.id) })
        : t('meetings.sortable.cancelled'),
    onDragCancel: () => t('meetings.sortable.cancelled'),
  }

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('meetings.sortable.instructions') } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className={`sortable${className ? ` ${className}` : ''}`} aria-label={label}>
            {items.map((item, index) => (
              <SortableRow key={item.id} id={item.id} label={handleLabel(item, index)} onKeyDown={onItemKeyDown(index)}>
                {(handle) => renderItem(item, index, handle)}
              </SortableRow>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </>
  )
}

function SortableRow({
  id,
  label,
  onKeyDown,
  children,
}: {
  id: number
  label: string
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void
  children: (handle: ReactNode) => ReactNode
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  })
  const handle = (
    <button
      type="button"
      className="drag-handle"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={label}
      title={label}
    >
      <MaskIcon icon={GripVertical} />
    </button>
  )
  return (
    <li
      ref={setNodeRef}
      className={`sortable__item${isDragging ? ' sortable__item--dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      onKeyDown={onKeyDown}
      data-sortable-id={id}
    >
      {children(handle)}
    </li>
  )
}
