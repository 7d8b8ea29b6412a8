import { useTranslation } from 'react-i18next'
import { FileSpreadsheet } from 'lucide-react'
import { FileDropZone } from '../../../components/FileDropZone'

interface Props {
  disabled: boolean
  onFile: (file: File) => void
  /** Once a file is previewed: a one-line bar with its name and a button to choose another. */
  current?: string | undefined
}

/** The people file (workbook or CSV): click, keyboard or drag and drop. */
export function FilePicker(props: Props) {
  const { t } = useTranslation()
  return (
    <FileDropZone
      {...props}
      accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
      icon={(size) => <FileSpreadsheet size={size} aria-hidden className="dropzone__icon" />}
      texts={{
        fileLabel: t('directory.import.fileLabel'),
        choose: t('directory.import.choose'),
        chooseAnother: t('directory.import.chooseAnother'),
        dropHint: t('directory.import.dropHint'),
      }}
      classes={{ prefix: 'dropzone', input: 'file-input', hidden: 'sr-only' }}
    />
  )
}
