import { useId, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FileSpreadsheet } from 'lucide-react'

interface Props {
  disabled: boolean
  onFile: (file: File) => void
  /** Once a file is previewed: a one-line bar with its name and a button to choose another. */
  current?: string | undefined
}

/** A file input styled as a drop zone: click, keyboard (the input keeps its focus ring) or drag and drop. */
export function FilePicker({ disabled, onFile, current }: Props) {
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
      className={`dropzone${current ? ' dropzone--compact' : ''}${over ? ' dropzone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <FileSpreadsheet size={current ? 20 : 28} aria-hidden className="dropzone__icon" />
      {current ? <span className="dropzone__name">{current}</span> : null}
      <input
        id={id}
        type="file"
        className="file-input"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        disabled={disabled}
        aria-label={t('directory.import.fileLabel')}
        aria-describedby={hintId}
        onChange={(e) => {
          const file = e.target.files?.[0]
          // Cleared so that picking the same file again (after fixing it) reads it again.
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
      <label htmlFor={id} className={`btn ${current ? '' : 'btn--primary '}dropzone__button`}>
        {t(current ? 'directory.import.chooseAnother' : 'directory.import.choose')}
      </label>
      <span id={hintId} className={current ? 'sr-only' : 'dropzone__hint'}>
        {t('directory.import.dropHint')}
      </span>
    </div>
  )
}
