import { useId, type ReactNode } from 'react'

export interface ControlProps {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
  'aria-required': true | undefined
}

interface FieldProps {
  label: string
  /** French message shown under the control, tied to it with aria-describedby. */
  error?: string | undefined
  hint?: string
  required?: boolean
  className?: string
  children: (control: ControlProps) => ReactNode
}

/** A labelled form control with its hint and its error message next to it. */
export function Field({ label, error, hint, required, className, children }: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <div className="field__head">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {/* Outside the label so the field's accessible name stays « Nom »; aria-required says it instead. */}
        {required ? (
          <span className="field__required" aria-hidden>
            *
          </span>
        ) : null}
      </div>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        'aria-required': required ? true : undefined,
      })}
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  )
}
