import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SIDES, type Side } from '../../../../shared/domain/vocabulary'
import { Field } from '../parts/Field'
import type { FieldErrors } from '../parts/form-errors'

export interface OrganisationDraft {
  name: string
  acronym: string
  side: Side
}

export const EMPTY_ORGANISATION: OrganisationDraft = { name: '', acronym: '', side: 'administration' }

interface Props {
  draft: OrganisationDraft
  errors: FieldErrors
  onChange: (draft: OrganisationDraft) => void
  /** Enter in a field (the inline form inside the person dialog is not a <form> of its own). */
  onEnter?: () => void
  /** Focus the name when the fields appear inside an already open dialog. */
  autoFocus?: boolean
}

/** Name, acronym and side of an organisation: the organisation dialog and the person dialog's inline creation. */
export function OrganisationFields({ draft, errors, onChange, onEnter, autoFocus }: Props) {
  const { t } = useTranslation()
  const onKeyDown = onEnter
    ? (event: KeyboardEvent) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          onEnter()
        }
      }
    : undefined
  return (
    <div className="form-grid">
      <Field label={t('directory.organisations.name')} error={errors.name} required className="span-2">
        {(p) => (
          <input
            {...p}
            className="input"
            value={draft.name}
            maxLength={300}
            autoComplete="off"
            data-autofocus
            autoFocus={autoFocus}
            onKeyDown={onKeyDown}
            onChange={(e) => onChange({ ...draft, name: e.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('directory.organisations.acronym')}
        error={errors.acronym}
        hint={t('directory.organisations.acronymHint')}
      >
        {(p) => (
          <input
            {...p}
            className="input"
            value={draft.acronym}
            maxLength={50}
            autoComplete="off"
            onKeyDown={onKeyDown}
            onChange={(e) => onChange({ ...draft, acronym: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('directory.common.side')} error={errors.side} required>
        {(p) => (
          <select
            {...p}
            className="input"
            value={draft.side}
            onChange={(e) => onChange({ ...draft, side: e.target.value as Side })}
          >
            {SIDES.map((side) => (
              <option key={side} value={side}>
                {t(`sides.${side}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  )
}
