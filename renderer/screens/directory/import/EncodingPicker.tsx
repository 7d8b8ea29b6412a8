import { useTranslation } from 'react-i18next'
import { CSV_ENCODINGS, type CsvEncoding } from '../../../../shared/domain/people-import'

interface Props {
  encoding: CsvEncoding
  disabled: boolean
  onChange: (encoding: CsvEncoding) => void
}

const isEncoding = (value: string): value is CsvEncoding => (CSV_ENCODINGS as readonly string[]).includes(value)

/** The encoding a CSV file was read in, and the choice of another one (the preview is made again). */
export function EncodingPicker({ encoding, disabled, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <div className="import-encoding">
      <label className="import-encoding__field">
        <span>{t('directory.import.encoding')}</span>
        <select
          value={encoding}
          disabled={disabled}
          onChange={(event) => {
            if (isEncoding(event.target.value)) onChange(event.target.value)
          }}
        >
          {CSV_ENCODINGS.map((value) => (
            <option key={value} value={value}>
              {t(`directory.import.encodings.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <small className="muted">{t('directory.import.encodingHint')}</small>
    </div>
  )
}
