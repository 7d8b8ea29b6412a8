import { useId, type ReactNode } from 'react'
import './components.css'

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

/**
 * A labelled form control with an optional hint and an error shown right under it. The control is
 * given by a render function so that any input, select or textarea gets the right id and ARIA links.
 */
export function Field({
  label,
  error,
  hint,
  className,
  labelHidden,
  children,
}: {
  label: ReactNode
  error?: string | null | undefined
  hint?: ReactNode
  className?: string
  /** The label stays available to assistive technology but is not drawn (dense rows). */
  labelHidden?: boolean
  children: (control: ControlProps) => ReactNode
}) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ')
  const control: ControlProps = { id }
  if (describedBy) control['aria-describedby'] = describedBy
  if (error) control['aria-invalid'] = true
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label className={labelHidden ? 'field__label visually-hidden' : 'field__label'} htmlFor={id}>
        {label}
      </label>
      {children(control)}
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field__error" id={errorId} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  )
}
