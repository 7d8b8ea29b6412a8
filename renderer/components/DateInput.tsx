import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatLongDate } from '../dates'
import { formatShortDate, parseTypedDate, parseTypedTime } from '../../shared/text/typed-dates'

/** The label and error links a field hands to its control (both kinds of Field). */
interface Control {
  id?: string
  'aria-describedby'?: string | undefined
  'aria-invalid'?: boolean | undefined
  'aria-required'?: true | undefined
  'aria-label'?: string
  className?: string | undefined
}

/**
 * A text field for a date or a time written the French way, whatever the browser's language
 * (a native date input follows the browser: mm/dd/yyyy and a 12-hour clock in English). What is
 * typed stays on screen; the value changes only when the text names a real day or time, and text
 * that does not is flagged under the field, never dropped.
 */
function TypedInput({
  value,
  onChange,
  parse,
  show,
  invalidMessage,
  placeholder,
  className,
  describe,
  ...control
}: Control & {
  value: string
  onChange: (value: string) => void
  parse: (text: string) => string | null
  show: (value: string) => string
  invalidMessage: string
  placeholder: string
  describe?: (value: string) => string
}) {
  const [text, setText] = useState(() => show(value))
  const [invalid, setInvalid] = useState(false)
  const emitted = useRef(value)
  // A value changed from elsewhere (another row, a reload) replaces the text; our own does not.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value
      setText(show(value))
      setInvalid(false)
    }
  }, [value, show])

  const read = (next: string, final: boolean) => {
    const trimmed = next.trim()
    const parsed = trimmed === '' ? '' : parse(trimmed)
    if (parsed !== null) {
      setInvalid(false)
      if (parsed !== emitted.current) {
        emitted.current = parsed
        onChange(parsed)
      }
      if (final) setText(show(parsed))
    } else if (final) {
      setInvalid(true)
    }
  }
  const errorId = control.id ? `${control.id}-typed-error` : undefined
  const describedBy = [control['aria-describedby'], invalid ? errorId : undefined].filter(Boolean).join(' ')
  return (
    <>
      <input
        {...control}
        aria-describedby={describedBy || undefined}
        aria-invalid={invalid || control['aria-invalid'] ? true : undefined}
        className={`input${className ? ` ${className}` : ''}`}
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder={placeholder}
        title={describe && value ? describe(value) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          read(e.target.value, false)
        }}
        onBlur={(e) => read(e.target.value, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') read(e.currentTarget.value, true)
        }}
      />
      {invalid ? (
        <div className="field__error" id={errorId} role="alert">
          {invalidMessage}
        </div>
      ) : null}
    </>
  )
}

const longDate = (iso: string) => formatLongDate(iso, { weekday: true })

/** A date field: « 15/07/2020 » or « 15 juillet 2020 » typed, the ISO date (or '') given back. */
export function DateInput(
  props: Control & {
    value: string
    onChange: (iso: string) => void
  },
) {
  const { t } = useTranslation()
  return (
    <TypedInput
      {...props}
      parse={parseTypedDate}
      show={formatShortDate}
      describe={longDate}
      placeholder={t('ui.dates.datePlaceholder')}
      invalidMessage={t('ui.dates.dateInvalid')}
    />
  )
}

const showTime = (v: string) => v

/** A 24-hour time field: « 10:30 », « 10h30 », « 9 h » typed, « HH:MM » (or '') given back. */
export function TimeInput(
  props: Control & {
    value: string
    onChange: (time: string) => void
  },
) {
  const { t } = useTranslation()
  return (
    <TypedInput
      {...props}
      parse={parseTypedTime}
      show={showTime}
      placeholder={t('ui.dates.timePlaceholder')}
      invalidMessage={t('ui.dates.timeInvalid')}
    />
  )
}
