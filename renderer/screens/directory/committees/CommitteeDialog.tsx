import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Committee } from '../../../../shared/domain/directory'
import { CommitteeInput } from '../../../../shared/api/channels/committees'
import { api } from '../../../api/client'
import { Dialog } from '../parts/Dialog'
import { ErrorBanner } from '../parts/ErrorBanner'
import { Field } from '../parts/Field'
import { saveForm, type FieldErrors } from '../parts/form-errors'
import { countOf } from './quorum'

const FIELDS = ['name', 'acronym', 'defaultPlace', 'quorum.minPresent', 'quorum.minPerSide'] as const

interface Draft {
  name: string
  acronym: string
  defaultPlace: string
  minPresent: string
  minPerSide: string
}

function draftOf(committee: Committee | null): Draft {
  if (!committee) return { name: '', acronym: '', defaultPlace: '', minPresent: '', minPerSide: '' }
  const { name, acronym, defaultPlace, quorum } = committee
  return {
    name,
    acronym,
    defaultPlace,
    minPresent: quorum.minPresent?.toString() ?? '',
    minPerSide: quorum.minPerSide?.toString() ?? '',
  }
}

interface Props {
  committee: Committee | null
  onSaved: (committee: Committee) => void
  onClose: () => void
}

/** Creates or edits a committee: name, acronym, usual place and quorum rule. */
export function CommitteeDialog({ committee, onSaved, onClose }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Draft>(() => draftOf(committee))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = {
      ...(committee ? { id: committee.id } : {}),
      name: draft.name.trim(),
      acronym: draft.acronym.trim(),
      defaultPlace: draft.defaultPlace.trim(),
      quorum: { minPresent: countOf(draft.minPresent), minPerSide: countOf(draft.minPerSide) },
    }
    const check = { schema: CommitteeInput, input, fields: FIELDS, invalidMessage: t('directory.common.checkFields') }
    const saved = await saveForm({ setErrors, setMessage, setBusy }, check, () => api.committees.save(input))
    if (saved) onSaved(saved)
  }

  return (
    <Dialog
      title={t(committee ? 'directory.committees.editTitle' : 'directory.committees.createTitle')}
      onClose={onClose}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <Field label={t('directory.committees.name')} error={errors.name} required className="span-2">
            {(p) => (
              <input
                {...p}
                className="input"
                value={draft.name}
                maxLength={300}
                autoComplete="off"
                placeholder={t('directory.committees.namePlaceholder')}
                data-autofocus
                onChange={(e) => set('name', e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('directory.committees.acronym')}
            error={errors.acronym}
            hint={t('directory.committees.acronymHint')}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                value={draft.acronym}
                maxLength={50}
                autoComplete="off"
                onChange={(e) => set('acronym', e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('directory.committees.defaultPlace')}
            error={errors.defaultPlace}
            hint={t('directory.committees.defaultPlaceHint')}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                value={draft.defaultPlace}
                maxLength={500}
                autoComplete="off"
                onChange={(e) => set('defaultPlace', e.target.value)}
              />
            )}
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('directory.committees.quorumLegend')}</legend>
          <p className="form-note">{t('directory.committees.quorumHelp')}</p>
          <div className="form-grid">
            <Field label={t('directory.committees.minPresent')} error={errors['quorum.minPresent']}>
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  className="input input--number"
                  value={draft.minPresent}
                  onChange={(e) => set('minPresent', e.target.value)}
                />
              )}
            </Field>
            <Field
              label={t('directory.committees.minPerSide')}
              error={errors['quorum.minPerSide']}
              hint={t('directory.committees.minPerSideHint')}
            >
              {(p) => (
                <input
                  {...p}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  className="input input--number"
                  value={draft.minPerSide}
                  onChange={(e) => set('minPerSide', e.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
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
