import { useCallback, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../../shared/domain/directory'
import { api } from '../../../api/client'
import { fold, personName } from '../parts/format'
import { ErrorBanner } from '../parts/ErrorBanner'
import { useLoader } from '../parts/use-loader'

const SHOWN = 200

interface Props {
  value: number | null
  onChange: (personId: number | null) => void
  error: string | undefined
  /** People already on the committee, marked in the list (a second mandate is allowed). */
  memberIds: ReadonlySet<number>
}

/**
 * Picks a person among hundreds: type a few letters of the name or organisation, then choose
 * in the list with the arrow keys. Only the first matches are listed, to keep the list light.
 */
export function PersonPicker({ value, onChange, error, memberIds }: Props) {
  const { t } = useTranslation()
  const searchId = useId()
  const listId = useId()
  const errorId = useId()
  const [search, setSearch] = useState('')
  const load = useCallback(() => api.people.list({}), [])
  const people = useLoader(load)

  const matches = useMemo(() => {
    const words = fold(search).split(/\s+/u).filter(Boolean)
    const all = people.data ?? []
    if (words.length === 0) return all
    return all.filter((p: Person) => {
      const text = fold(`${p.firstName} ${p.lastName} ${p.organisationName} ${p.function}`)
      return words.every((w) => text.includes(w))
    })
  }, [people.data, search])
  const shown = matches.slice(0, SHOWN)

  return (
    <div className={`field span-all${error ? ' field--invalid' : ''}`}>
      <div className="field__head">
        <label htmlFor={searchId} className="field__label">
          {t('directory.members.pickSearch')}
        </label>
        <span className="field__required" aria-hidden>
          *
        </span>
      </div>
      <input
        id={searchId}
        type="search"
        className="input"
        value={search}
        autoComplete="off"
        placeholder={t('directory.members.pickSearchPlaceholder')}
        data-autofocus
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          // Down arrow from the search goes straight to the list, Enter picks the only match.
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            document.getElementById(listId)?.focus()
          } else if (e.key === 'Enter' && shown.length === 1 && shown[0]) {
            e.preventDefault()
            onChange(shown[0].id)
          }
        }}
      />
      <label htmlFor={listId} className="sr-only">
        {t('directory.members.pickList')}
      </label>
      <select
        id={listId}
        className="input picker__list"
        size={7}
        value={value ?? ''}
        aria-invalid={Boolean(error)}
        aria-required
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        {shown.map((p) => (
          <option key={p.id} value={p.id}>
            {personName(p)}
            {p.organisationName ? `, ${p.organisationName}` : ''}
            {memberIds.has(p.id) ? ` — ${t('directory.members.alreadyMember')}` : ''}
          </option>
        ))}
      </select>
      {!people.loading && matches.length === 0 ? (
        <span className="field__hint">{t('directory.members.pickNone')}</span>
      ) : null}
      {matches.length > SHOWN ? (
        <span className="field__hint">{t('directory.members.pickMore', { count: matches.length - SHOWN })}</span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
      <ErrorBanner message={people.error} />
    </div>
  )
}
