import { useTranslation } from 'react-i18next'
import { Field } from '../../components/Field'

/** The « Statut » filter of a register: every status of its vocabulary, or all of them. */
export function StatusFilter<S extends string>({
  statuses,
  labelOf,
  value,
  onChange,
}: {
  statuses: readonly S[]
  /** The status as the user reads it. */
  labelOf: (status: S) => string
  value: S | null
  onChange: (status: S | null) => void
}) {
  const { t } = useTranslation()
  return (
    <Field label={t('registers.filters.status')}>
      {(c) => (
        <select
          {...c}
          className="select"
          value={value ?? ''}
          onChange={(e) => onChange(statuses.find((s) => s === e.target.value) ?? null)}
        >
          <option value="">{t('registers.filters.allStatuses')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {labelOf(s)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
