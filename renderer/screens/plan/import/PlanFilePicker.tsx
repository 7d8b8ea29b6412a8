import { useTranslation } from 'react-i18next'
import { FileUp } from 'lucide-react'
import { FileDropZone } from '../../../components/FileDropZone'

interface Props {
  disabled: boolean
  onFile: (file: File) => void
  /** Once a file is previewed: a one-line bar with its name and a button to choose another. */
  current?: string | undefined
}

/** The plan file (JSON or the plan workbook): click, keyboard or drag and drop. */
export function PlanFilePicker(props: Props) {
  const { t } = useTranslation()
  return (
    <FileDropZone
      {...props}
      accept=".xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json"
      icon={(size) => <FileUp size={size} aria-hidden className="plan-dropzone__icon" />}
      texts={{
        fileLabel: t('planImport.fileLabel'),
        choose: t('planImport.choose'),
        chooseAnother: t('planImport.chooseAnother'),
        dropHint: t('planImport.dropHint'),
      }}
      classes={{ prefix: 'plan-dropzone', input: 'plan-file-input', hidden: 'plan-visually-hidden' }}
    />
  )
}
