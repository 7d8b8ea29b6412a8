import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { X } from 'lucide-react'

interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  /** Wider dialogs hold forms with two columns. */
  size?: 'sm' | 'md' | 'lg'
  /** Short line under the title. */
  description?: string
}

/**
 * A modal built on the native <dialog>: the browser traps focus, dims the page and turns Escape
 * into a `cancel` event, which we route to onClose so the parent decides what closing means.
 * Focus goes to the element marked data-autofocus, else to the first field.
 */
export function Dialog({ title, onClose, children, size = 'md', description }: DialogProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return undefined
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const target =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.dlg__body input, .dlg__body select, .dlg__body textarea, .dlg__body button')
    target?.focus()
    return () => {
      dialog.close()
      // Give focus back to what opened the dialog, as keyboard users expect.
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={`dlg dlg--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <header className="dlg__header">
        <div>
          <h2 id={titleId} className="dlg__title">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="dlg__description">
              {description}
            </p>
          ) : null}
        </div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('directory.common.close')}>
          <X size={18} aria-hidden />
        </button>
      </header>
      <div className="dlg__body">{children}</div>
    </dialog>
  )
}
