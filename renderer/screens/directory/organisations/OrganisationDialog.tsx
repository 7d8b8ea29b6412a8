import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organisation } from '../../../../shared/domain/directory'
import { OrganisationInput } from '../../../../shared/api/channels/directory'
import { api } from '../../../api/client'
import { Dialog } from '../parts/Dialog'
import { ErrorBanner } from '../parts/ErrorBanner'
import { saveForm, type FieldErrors } from '../parts/form-errors'
import { EMPTY_ORGANISATION, OrganisationFields, type OrganisationDraft } from './OrganisationFields'

const FIELDS = ['name', 'acronym', 'side'] as const

interface Props {
  organisation: Organisation | null
  onSaved: (organisation: Organisation) => void
  onClose: () => void
}

/** Creates or edits an organisation; refusals (name already taken…) appear next to the field. */
export function OrganisationDialog({ organisation, onSaved, onClose }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<OrganisationDraft>(
    organisation
      ? { name: organisation.name, acronym: organisation.acronym, side: organisation.side }
      : EMPTY_ORGANISATION,
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = { ...(organisation ? { id: organisation.id } : {}), ...draft }
    const check = {
      schema: OrganisationInput,
      input,
      fields: FIELDS,
      invalidMessage: t('directory.common.checkFields'),
    }
    const saved = await saveForm({ setErrors, setMessage, setBusy }, check, () => api.organisations.save(input))
    if (saved) onSaved(saved)
  }

  return (
    <Dialog
      title={t(organisation ? 'directory.organisations.editTitle' : 'directory.organisations.createTitle')}
      onClose={onClose}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <OrganisationFields draft={draft} errors={errors} onChange={setDraft} />
        <p className="form-note">{t('directory.common.requiredNote')}</p>
        <ErrorBanner message={message} />
        <div className="dlg__footer">
          <button type="button" className="btn" onClick={onClose}>
            {t('directory.common.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {busy ? t('directory.common.saving') : t('directory.common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
