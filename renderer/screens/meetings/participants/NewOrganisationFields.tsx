import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organisation } from '../../../../shared/domain/directory'
import { SIDES, type Side } from '../../../../shared/domain/vocabulary'
import { editOrganisationDraft, emptyOrganisationDraft } from '../../../../shared/participants/organisation-draft'
import { api } from '../../../api/client'
import { Field } from '../../../components/Field'
import { errorMessage, fieldErrors } from '../../../components/error-message'

/**
 * Creates an organisation inside the « Nouvelle personne » form, so that a person of an
 * organisation not yet in the directory is added without leaving the meeting. The side follows
 * what the name suggests (as in the paste preview) until the user picks one. Nothing is written
 * until « Créer l’organisation », and a refusal keeps what was typed.
 */
export function NewOrganisationFields({
  onCreated,
  onCancel,
}: {
  onCreated: (organisation: Organisation) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(emptyOrganisationDraft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const edit = (patch: Partial<{ name: string; acronym: string; side: Side }>) => {
    setDraft((d) => editOrganisationDraft(d, { name: d.name, acronym: d.acronym, side: d.side, ...patch }))
    // The refusal was about what was typed before.
    setErrors({})
  }

  const create = async () => {
    setBusy(true)
    setErrors({})
    setError(null)
    try {
      onCreated(await api.organisations.save({ name: draft.name, acronym: draft.acronym, side: draft.side }))
    } catch (e) {
      // A refused field is said under the field; the banner is for anything else (a network failure).
      const fields = fieldErrors(e)
      setErrors(fields)
      setError(Object.keys(fields).length > 0 ? null : errorMessage(e))
      setBusy(false)
    }
  }
  // This block sits inside the person's <form>: Enter creates the organisation, not the person.
  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    void create()
  }

  return (
    <fieldset className="new-organisation" aria-label={t('participantList.newOrganisation.title')}>
      <legend className="new-organisation__legend">{t('participantList.newOrganisation.title')}</legend>
      <div className="new-organisation__grid">
        <Field label={t('participantList.newOrganisation.name')} error={errors.name}>
          {(c) => (
            <input
              {...c}
              className="input"
              value={draft.name}
              maxLength={300}
              autoComplete="off"
              autoFocus
              onKeyDown={onEnter}
              onChange={(e) => edit({ name: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('participantList.newOrganisation.acronym')}
          error={errors.acronym}
          hint={t('participantList.newOrganisation.acronymHint')}
        >
          {(c) => (
            <input
              {...c}
              className="input"
              value={draft.acronym}
              maxLength={50}
              autoComplete="off"
              onKeyDown={onEnter}
              onChange={(e) => edit({ acronym: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('participantList.newOrganisation.side')}
          error={errors.side}
          hint={draft.sideChosen ? undefined : t('participantList.newOrganisation.sideHint')}
        >
          {(c) => (
            <select
              {...c}
              className="select"
              value={draft.side}
              onChange={(e) => edit({ side: SIDES.find((s) => s === e.target.value) ?? draft.side })}
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
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="new-person__actions">
        <button type="button" className="btn btn--sm" onClick={onCancel}>
          {t('participantList.newOrganisation.cancel')}
        </button>
        <button type="button" className="btn btn--sm btn--primary" disabled={busy} onClick={() => void create()}>
          {t('participantList.newOrganisation.create')}
        </button>
      </div>
    </fieldset>
  )
}
