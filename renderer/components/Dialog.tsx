import { useEffect, useId, useRef, type ReactNode } from 'react'
import { X } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import './components.css'

/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes it, and focus
 * returns to where it was. Rendered only while open.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  footer,
  size = 'md',
  initialFocus,
}: {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  size?: 'sm' | 'md' | 'lg'
  /** Selector of the element to focus on opening (else the browser picks the first focusable one). */
  initialFocus?: string
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!open || !dialog) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    if (initialFocus) dialog.querySelector<HTMLElement>(initialFocus)?.focus()
    return () => {
      if (dialog.open) dialog.close()
      previous?.focus()
    }
  }, [open, initialFocus])

  if (!open) return null
  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('ui.common.close')}>
          <X size={18} aria-hidden />
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {footer ? <footer className="dialog__footer">{footer}</footer> : null}
    </dialog>
  )
}
