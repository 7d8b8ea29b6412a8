import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DuplicateCandidate, Organisation, Person } from '../../../../shared/domain/directory'
import { PersonInput } from '../../../../shared/api/channels/directory'
import { ApiError, api } from '../../../api/client'
import { Dialog } from '../parts/Dialog'
import { ErrorBanner } from '../parts/ErrorBanner'
import { describeFailure, validate, type FieldErrors } from '../parts/form-errors'
import { focusFirstError } from '../parts/focus-error'
import { DuplicateWarning } from './DuplicateWarning'
import { NewOrganisationInline } from './NewOrganisationInline'
import { PersonFields } from './PersonFields'
import { PERSON_FIELDS, cleanDraft, draftOf, type PersonDraft } from './person-draft'

interface Props {
  person: Person | null
  organisations: readonly Organisation[]
  onSaved: (person: Person) => void
  onOrganisationCreated: () => void
  onClose: () => void
}

/**
 * Creates or edits a person. Before saving, it asks for likely duplicates (same name in the same
 * organisation) and, if there are any, lets the user look at them and save anyway or go back.
 */
export function PersonDialog({ person, organisations, onSaved, onOrganisationCreated, onClose }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(person))
  // The screen's list, which may arrive after the dialog opened, and those created from the dialog
  // until the screen's list holds them.
  const [created, setCreated] = useState<readonly Organisation[]>([])
  const orgs = useMemo(
    () =>
      [...organisations, ...created.filter((c) => !organisations.some((o) => o.id === c.id))].sort((a, b) =>
        a.name.localeCompare(b.name, 'fr'),
      ),
    [organisations, created],
  )
  const [addingOrg, setAddingOrg] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null)
  const [busy, setBusy] = useState(false)

  const change = (next: PersonDraft) => {
    setDraft(next)
    // The warning was about the name as it was; a new name needs a new check.
    setDuplicates(null)
  }

  const save = async (confirmDuplicate: boolean) => {
    const clean = cleanDraft(draft)
    const input = { ...(person ? { id: person.id } : {}), ...clean, confirmDuplicate }
    const invalid = validate(PersonInput, input)
    if (invalid) {
      setErrors(invalid)
      focusFirstError()
      setMessage(t('directory.common.checkFields'))
      return
    }
    setErrors({})
    setMessage(null)
    setBusy(true)
    try {
      if (!confirmDuplicate) {
        const found = await api.people.duplicates({
          ...(person ? { id: person.id } : {}),
          firstName: clean.firstName,
          lastName: clean.lastName,
          organisationId: clean.organisationId,
        })
        if (found.length > 0) {
          setDuplicates(found)
          setBusy(false)
          return
        }
      }
      onSaved(await api.people.save(input))
    } catch (error) {
      // Someone else may have added the same person between the check and the save.
      if (error instanceof ApiError && error.code === 'CONFLICT' && !confirmDuplicate) {
        const found = await api.people
          .duplicates({
            ...(person ? { id: person.id } : {}),
            firstName: clean.firstName,
            lastName: clean.lastName,
            organisationId: clean.organisationId,
          })
          .catch(() => [])
        if (found.length > 0) {
          setDuplicates(found)
          setBusy(false)
          return
        }
      }
      const failure = describeFailure(error, PERSON_FIELDS)
      setErrors(failure.fields)
      focusFirstError()
      setMessage(failure.message)
      setBusy(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void save(false)
  }

  const organisationCreated = (organisation: Organisation) => {
    setCreated((list) => [...list, organisation])
    setDraft((d) => ({ ...d, organisationId: organisation.id }))
    setAddingOrg(false)
    onOrganisationCreated()
  }

  return (
    <Dialog
      title={t(person ? 'directory.people.editTitle' : 'directory.people.createTitle')}
      onClose={onClose}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <PersonFields
          draft={draft}
          errors={errors}
          organisations={orgs}
          onChange={change}
          onNewOrganisation={addingOrg ? undefined : () => setAddingOrg(true)}
        />
        {addingOrg ? (
          <NewOrganisationInline onCreated={organisationCreated} onCancel={() => setAddingOrg(false)} />
        ) : null}
        <p className="form-note">{t('directory.common.requiredNote')}</p>
        <ErrorBanner message={message} />
        {duplicates ? (
          <DuplicateWarning
            candidates={duplicates}
            busy={busy}
            onSaveAnyway={() => void save(true)}
            onCancel={() => setDuplicates(null)}
          />
        ) : (
          <div className="dlg__footer">
            <button type="button" className="btn" onClick={onClose}>
              {t('directory.common.cancel')}
            </button>
            <button type="submit" className="btn btn--primary" disabled={busy || addingOrg}>
              {busy ? t('directory.common.saving') : t('directory.common.save')}
            </button>
          </div>
        )}
      </form>
    </Dialog>
  )
}
