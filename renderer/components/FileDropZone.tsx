import { useId, useState, type DragEvent, type ReactNode } from 'react'

export interface FileDropZoneProps {
  disabled: boolean
  onFile: (file: File) => void
  /** Once a file is previewed: a one-line bar with its name and a button to choose another. */
  current?: string | undefined
  /** The file types offered by the system's file dialog. */
  accept: string
  /** Drawn at the start of the zone; its size follows `current`. */
  icon: (size: number) => ReactNode
  /** Translated texts: the input's accessible name, the two button labels and the hint. */
  texts: { fileLabel: string; choose: string; chooseAnother: string; dropHint: string }
  /** The screen's class names: `${prefix}`, `${prefix}--compact`, `${prefix}__button`… */
  classes: { prefix: string; input: string; hidden: string }
}

/** A file input styled as a drop zone: click, keyboard (the input keeps its focus ring) or drag and drop. */
export function FileDropZone({ disabled, onFile, current, accept, icon, texts, classes }: FileDropZoneProps) {
  const id = useId()
  const hintId = useId()
  const [over, setOver] = useState(false)
  const { prefix } = classes

  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file && !disabled) onFile(file)
  }

  return (
    <div
      className={`${prefix}${current ? ` ${prefix}--compact` : ''}${over ? ` ${prefix}--over` : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      {icon(current ? 20 : 28)}
      {current ? <span className={`${prefix}__name`}>{current}</span> : null}
      <input
        id={id}
        type="file"
        className={classes.input}
        accept={accept}
        disabled={disabled}
        aria-label={texts.fileLabel}
        aria-describedby={hintId}
        onChange={(e) => {
          const file = e.target.files?.[0]
          // Cleared so that picking the same file again (after fixing it) reads it again.
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
      <label htmlFor={id} className={`btn ${current ? '' : 'btn--primary '}${prefix}__button`}>
        {current ? texts.chooseAnother : texts.choose}
      </label>
      <span id={hintId} className={current ? classes.hidden : `${prefix}__hint`}>
        {texts.dropHint}
      </span>
    </div>
  )
}
