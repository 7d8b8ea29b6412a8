import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Plus } from 'lucide-react'
import type { DuplicateCandidate, Organisation, Person } from '../../../../shared/domain/directory'
import { organisationLabel } from '../../../../shared/domain/directory'
import { CIVILITIES, type Civility } from '../../../../shared/domain/vocabulary'
import { api, ApiError } from '../../../api/client'
import { Field } from '../../../components/Field'
import { errorMessage, fieldErrors } from '../../../components/error-message'
import { useMeetingEditor } from '../editor/editor-context'
import { NewOrganisationFields } from './NewOrganisationFields'
import './participant-list.css'

interface Draft {
  civility: Civility
  firstName: string
  lastName: string
  organisationId: number | null
  function: string
}

/**
 * Creates a person (people/save) to add them to the meeting. A likely duplicate (CONFLICT) is shown
 * with the existing people: add one of them, or create the new record anyway. An organisation not
 * yet in the directory is created right here and chosen.
 */
export function NewPersonForm({ onCreated, onCancel }: { onCreated: (person: Person) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const { organisations, organisationCreated } = useMeetingEditor()
  const [addingOrganisation, setAddingOrganisation] = useState(false)
  const [draft, setDraft] = useState<Draft>({
    civility: 'Mme',
    firstName: '',
    lastName: '',
    organisationId: null,
    function: '',
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setDuplicates(null)
  }

  const save = async (confirmDuplicate: boolean) => {
    setBusy(true)
    setErrors({})
    setError(null)
    try {
      const person = await api.people.save({ ...draft, email: '', phone: '', confirmDuplicate })
      onCreated(person)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        const found = await api.people
          .duplicates({ firstName: draft.firstName, lastName: draft.lastName, organisationId: draft.organisationId })
          .catch(() => [])
        setDuplicates(found)
        if (found.length === 0) setError(e.message)
      } else {
        setErrors(fieldErrors(e))
        setError(errorMessage(e))
      }
    } finally {
      setBusy(false)
    }
  }

  const chooseExisting = async (candidate: DuplicateCandidate) => {
    const people = await api.people.list({ search: draft.lastName }).catch(() => [])
    const person = people.find((p) => p.id === candidate.id)
    if (person) onCreated(person)
  }

  const organisationMade = (organisation: Organisation) => {
    organisationCreated(organisation)
    set({ organisationId: organisation.id })
    setAddingOrganisation(false)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    // The organisation being typed would be lost: it is created (or cancelled) first.
    if (!addingOrganisation) void save(false)
  }

  return (
    <form className="new-person" onSubmit={submit} noValidate aria-label={t('meetings.addPerson.newPerson')}>
      <div className="new-person__grid">
        <Field label={t('meetings.addPerson.civility')} error={errors.civility}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={draft.civility}
              onChange={(e) => set({ civility: CIVILITIES.find((x) => x === e.target.value) ?? 'Mme' })}
            >
              {CIVILITIES.map((civility) => (
                <option key={civility} value={civility}>
                  {civility}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('meetings.addPerson.firstName')} error={errors.firstName}>
          {(c) => (
            <input
              {...c}
              className="input"
              value={draft.firstName}
              onChange={(e) => set({ firstName: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('meetings.addPerson.lastName')} error={errors.lastName}>
          {(c) => (
            <input
              {...c}
              className="input"
              value={draft.lastName}
              onChange={(e) => set({ lastName: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('meetings.addPerson.organisation')} error={errors.organisationId}>
          {(c) => (
            <div className="new-person__organisation">
              <select
                {...c}
                className="select"
                value={draft.organisationId ?? ''}
                onChange={(e) => set({ organisationId: e.target.value ? Number(e.target.value) : null })}
              >
                <option value="">{t('meetings.addPerson.noOrganisation')}</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {organisationLabel(o)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn btn--sm"
                aria-expanded={addingOrganisation}
                onClick={() => setAddingOrganisation((v) => !v)}
              >
                <Plus size={14} aria-hidden />
                {t('participantList.newOrganisation.open')}
              </button>
            </div>
          )}
        </Field>
        <Field label={t('meetings.addPerson.function')} error={errors.function}>
          {(c) => (
            <input
              {...c}
              className="input"
              value={draft.function}
              onChange={(e) => set({ function: e.target.value })}
            />
          )}
        </Field>
      </div>
      {addingOrganisation ? (
        <NewOrganisationFields onCreated={organisationMade} onCancel={() => setAddingOrganisation(false)} />
      ) : null}
      {duplicates && duplicates.length > 0 ? (
        <div className="banner banner--warning duplicate-warning" role="alert">
          <div>
            <strong>{t('meetings.addPerson.duplicateTitle')}</strong>
            <p>{t('meetings.addPerson.duplicateMessage')}</p>
            <ul>
              {duplicates.map((d) => (
                <li key={d.id}>
                  {d.displayName}
                  {d.organisationName ? `, ${d.organisationName}` : ''}{' '}
                  <button type="button" className="btn btn--sm" onClick={() => void chooseExisting(d)}>
                    {t('meetings.addPerson.useExisting', { name: d.displayName })}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="btn btn--sm" onClick={() => void save(true)} disabled={busy}>
              {t('meetings.addPerson.createAnyway')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="new-person__actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy || addingOrganisation}>
          {t('meetings.addPerson.create')}
        </button>
      </div>
    </form>
  )
}
