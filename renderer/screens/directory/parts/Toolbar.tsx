import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Search } from 'lucide-react'
import { SIDES, type Side } from '../../../../shared/domain/vocabulary'

/** A search box with a visible magnifier and a label for screen readers. */
export function SearchBox({
  value,
  onChange,
  label,
  placeholder,
}: {
  value: string
  onChange: (v: string) => void
  label: string
  placeholder: string
}) {
  const id = useId()
  return (
    <div className="searchbox">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Search size={15} aria-hidden className="searchbox__icon" />
      <input
        id={id}
        type="search"
        className="input searchbox__input"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  )
}

/** « Tous les collèges » or one side. */
export function SideFilter({ value, onChange }: { value: Side | ''; onChange: (v: Side | '') => void }) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="filter">
      <label htmlFor={id} className="sr-only">
        {t('directory.common.side')}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value as Side | '')}>
        <option value="">{t('directory.common.allSides')}</option>
        {SIDES.map((side) => (
          <option key={side} value={side}>
            {t(`sides.${side}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
