import { useId, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FileUp } from 'lucide-react'

interface Props {
  disabled: boolean
  onFile: (file: File) => void
  /** Once a file is previewed: a one-line bar with its name and a button to choose another. */
  current?: string | undefined
}

/** The plan file: a file input styled as a drop zone (click, keyboard or drag and drop). */
export function PlanFilePicker({ disabled, onFile, current }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = useId()
  const [over, setOver] = useState(false)

  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    const file = event.dataTransfer.files[0]
    if (file && !disabled) onFile(file)
  }

  return (
    <div
      className={`plan-dropzone${current ? ' plan-dropzone--compact' : ''}${over ? ' plan-dropzone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <FileUp size={current ? 20 : 28} aria-hidden className="plan-dropzone__icon" />
      {current ? <span className="plan-dropzone__name">{current}</span> : null}
      <input
        id={id}
        type="file"
        className="plan-file-input"
        accept=".xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json"
        disabled={disabled}
        aria-label={t('planImport.fileLabel')}
        aria-describedby={hintId}
        onChange={(e) => {
          const file = e.target.files?.[0]
          // Cleared so that picking the same file again (after fixing it) reads it again.
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
      <label htmlFor={id} className={`btn ${current ? '' : 'btn--primary '}plan-dropzone__button`}>
        {t(current ? 'planImport.chooseAnother' : 'planImport.choose')}
      </label>
      <span id={hintId} className={current ? 'plan-visually-hidden' : 'plan-dropzone__hint'}>
        {t('planImport.dropHint')}
      </span>
    </div>
  )
}
