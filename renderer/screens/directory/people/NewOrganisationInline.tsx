import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organisation } from '../../../../shared/domain/directory'
import { OrganisationInput } from '../../../../shared/api/channels/directory'
import { api } from '../../../api/client'
import { ErrorBanner } from '../parts/ErrorBanner'
import { describeFailure, validate, type FieldErrors } from '../parts/form-errors'
import { focusFirstError } from '../parts/focus-error'
import { editOrganisationDraft, emptyOrganisationDraft } from '../../../../shared/participants/organisation-draft'
import { OrganisationFields } from '../organisations/OrganisationFields'

interface Props {
  onCreated: (organisation: Organisation) => void
  onCancel: () => void
}

/**
 * Creates an organisation without leaving the person dialog (a second modal on top would lose
 * the context); it is saved at once, then selected in the person's organisation list. Its side
 * follows what the name suggests until the user picks one.
 */
export function NewOrganisationInline({ onCreated, onCancel }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(emptyOrganisationDraft)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const create = async () => {
    const input = { name: draft.name, acronym: draft.acronym, side: draft.side }
    const invalid = validate(OrganisationInput, input)
    if (invalid) {
      setErrors(invalid)
      focusFirstError()
      return
    }
    setBusy(true)
    try {
      onCreated(await api.organisations.save(input))
    } catch (error) {
      const failure = describeFailure(error, ['name', 'acronym', 'side'])
      setErrors(failure.fields)
      focusFirstError()
      setMessage(failure.message)
      setBusy(false)
    }
  }

  return (
    <fieldset className="inline-form">
      <legend className="inline-form__legend">{t('directory.people.newOrganisationTitle')}</legend>
      <OrganisationFields
        draft={draft}
        errors={errors}
        onChange={(next) => {
          setDraft((d) => editOrganisationDraft(d, next))
          // The refusal was about what was typed before.
          setErrors({})
          setMessage(null)
        }}
        onEnter={() => void create()}
        autoFocus
      />
      <ErrorBanner message={message} />
      <div className="inline-form__buttons">
        <button type="button" className="btn btn--small" onClick={onCancel}>
          {t('directory.common.cancel')}
        </button>
        <button type="button" className="btn btn--small btn--primary" onClick={() => void create()} disabled={busy}>
          {busy ? t('directory.common.saving') : t('directory.people.createOrganisation')}
        </button>
      </div>
    </fieldset>
  )
}
