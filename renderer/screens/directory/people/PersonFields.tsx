import { useTranslation } from 'react-i18next'
import { Plus } from 'lucide-react'
import type { Organisation } from '../../../../shared/domain/directory'
import { organisationLabel } from '../../../../shared/domain/directory'
import { CIVILITIES, type Civility } from '../../../../shared/domain/vocabulary'
import { Field } from '../parts/Field'
import type { FieldErrors } from '../parts/form-errors'
import type { PersonDraft } from './person-draft'

interface Props {
  draft: PersonDraft
  errors: FieldErrors
  organisations: readonly Organisation[]
  onChange: (draft: PersonDraft) => void
  /** Opens the inline « nouvelle organisation » form; undefined while it is open. */
  onNewOrganisation: (() => void) | undefined
}

/** Civility, names, function, organisation and contact details of a person. */
export function PersonFields({ draft, errors, organisations, onChange, onNewOrganisation }: Props) {
  const { t } = useTranslation()
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => onChange({ ...draft, [key]: value })
  return (
    <div className="form-grid form-grid--person">
      <Field label={t('directory.people.civility')} error={errors.civility} required>
        {(p) => (
          <select
            {...p}
            className="input"
            value={draft.civility}
            data-autofocus
            onChange={(e) => set('civility', e.target.value as Civility)}
          >
            {CIVILITIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('directory.people.firstName')} error={errors.firstName}>
        {(p) => (
          <input
            {...p}
            className="input"
            value={draft.firstName}
            maxLength={200}
            autoComplete="off"
            onChange={(e) => set('firstName', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('directory.people.lastName')} error={errors.lastName} required>
        {(p) => (
          <input
            {...p}
            className="input"
            value={draft.lastName}
            maxLength={200}
            autoComplete="off"
            onChange={(e) => set('lastName', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('directory.people.function')} error={errors.function} className="span-all">
        {(p) => (
          <input
            {...p}
            className="input"
            value={draft.function}
            maxLength={300}
            autoComplete="off"
            placeholder={t('directory.people.functionPlaceholder')}
            onChange={(e) => set('function', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('directory.people.organisation')} error={errors.organisationId} className="span-all">
        {(p) => (
          <div className="with-button">
            <select
              {...p}
              className="input"
              value={draft.organisationId ?? ''}
              onChange={(e) => set('organisationId', e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">{t('directory.people.noOrganisation')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {organisationLabel(o)}
                </option>
              ))}
            </select>
            {onNewOrganisation ? (
              <button type="button" className="btn" onClick={onNewOrganisation}>
                <Plus size={15} aria-hidden />
                {t('directory.people.newOrganisation')}
              </button>
            ) : null}
          </div>
        )}
      </Field>
      <Field label={t('directory.people.email')} error={errors.email} className="span-email">
        {(p) => (
          <input
            {...p}
            type="email"
            className="input"
            value={draft.email}
            maxLength={200}
            autoComplete="off"
            onChange={(e) => set('email', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('directory.people.phone')} error={errors.phone} className="span-phone">
        {(p) => (
          <input
            {...p}
            type="tel"
            className="input"
            value={draft.phone}
            maxLength={50}
            autoComplete="off"
            onChange={(e) => set('phone', e.target.value)}
          />
        )}
      </Field>
    </div>
  )
}
