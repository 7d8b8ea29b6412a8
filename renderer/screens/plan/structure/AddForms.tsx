import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Plus } from 'lucide-react'
import { api } from '../../../api/client'
import { Field } from '../../../components/Field'
import { errorMessage, fieldErrors } from '../../../components/error-message'
import { PeriodFeedback } from '../parts/PeriodFeedback'

/** The submit and error handling every « add » form shares: refused fields stay next to their input. */
function useSubmit(save: () => Promise<unknown>, onDone: () => void) {
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    setError(null)
    try {
      await save()
      setBusy(false)
      onDone()
    } catch (e) {
      setBusy(false)
      const fields = fieldErrors(e)
      setErrors(fields)
      if (Object.keys(fields).length === 0) setError(errorMessage(e))
    }
  }
  return { busy, errors, error, submit }
}

function FormShell({ onSubmit, busy, error, label, children }: { onSubmit: (e: FormEvent) => Promise<void>; busy: boolean; error: string | null; label: string; children: ReactNode }) {
  return (
    <form className="add-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="add-form__fields">{children}</div>
      <button type="submit" className="btn add-form__submit" disabled={busy}>
        <Plus size={15} aria-hidden />
        {label}
      </button>
      {error ? (
        <p className="form-error add-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}

/** Adds an axis at the end of the plan. */
export function AddAxisForm({ planId, onAdded }: { planId: number; onAdded: () => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const { busy, errors, error, submit } = useSubmit(
    () => api.axes.save({ planId, title }),
    () => {
      setTitle('')
      onAdded()
    },
  )
  return (
    <FormShell onSubmit={submit} busy={busy} error={error} label={t('planUi.structure.addAxis')}>
      <Field label={t('planUi.structure.axisTitle')} error={errors.title} className="add-form__grow">
        {(p) => <input {...p} className="input" value={title} placeholder={t('planUi.structure.axisPlaceholder')} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
    </FormShell>
  )
}

/** Adds an engagement to an axis, numbered after the plan's last one unless changed. */
export function AddEngagementForm({ axisId, nextNumber, onAdded }: { axisId: number; nextNumber: number; onAdded: () => void }) {
  const { t } = useTranslation()
  const [number, setNumber] = useState('')
  const [title, setTitle] = useState('')
  const [responsible, setResponsible] = useState('')
  const [lead, setLead] = useState('')
  const { busy, errors, error, submit } = useSubmit(
    () =>
      api.engagements.save({
        axisId,
        number: number.trim() === '' ? nextNumber : Number(number),
        title,
        responsibleText: responsible,
        projectLead: lead,
      }),
    () => {
      setNumber('')
      setTitle('')
      setResponsible('')
      setLead('')
      onAdded()
    },
  )
  return (
    <FormShell onSubmit={submit} busy={busy} error={error} label={t('planUi.structure.addEngagement')}>
      <Field label={t('planUi.structure.engagementNumber')} error={errors.number} className="add-form__number">
        {(p) => <input {...p} className="input" inputMode="numeric" value={number} placeholder={String(nextNumber)} onChange={(e) => setNumber(e.target.value)} />}
      </Field>
      <Field label={t('planUi.structure.engagementTitle')} error={errors.title} className="add-form__grow">
        {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('planUi.structure.responsible')} error={errors.responsibleText} className="add-form__mid">
        {(p) => <input {...p} className="input" value={responsible} onChange={(e) => setResponsible(e.target.value)} />}
      </Field>
      <Field label={t('planUi.structure.projectLead')} error={errors.projectLead} className="add-form__mid">
        {(p) => <input {...p} className="input" value={lead} onChange={(e) => setLead(e.target.value)} />}
      </Field>
    </FormShell>
  )
}

/** Adds an activity to an engagement, with its weight and baseline period (read back as it is typed). */
export function AddActivityForm({ engagementId, nextNumber, onAdded }: { engagementId: number; nextNumber: number; onAdded: () => void }) {
  const { t } = useTranslation()
  const [number, setNumber] = useState('')
  const [title, setTitle] = useState('')
  const [weight, setWeight] = useState('1')
  const [baseline, setBaseline] = useState('')
  const { busy, errors, error, submit } = useSubmit(
    () =>
      api.activities.save({
        engagementId,
        number: number.trim() === '' ? nextNumber : Number(number),
        title,
        weight: weight.trim() === '' ? 1 : Number(weight.replace(',', '.')),
        baselineText: baseline,
      }),
    () => {
      setNumber('')
      setTitle('')
      setWeight('1')
      setBaseline('')
      onAdded()
    },
  )
  return (
    <FormShell onSubmit={submit} busy={busy} error={error} label={t('planUi.structure.addActivity')}>
      <Field label={t('planUi.structure.activityNumber')} error={errors.number} className="add-form__number">
        {(p) => <input {...p} className="input" inputMode="numeric" value={number} placeholder={String(nextNumber)} onChange={(e) => setNumber(e.target.value)} />}
      </Field>
      <Field label={t('planUi.structure.activityTitle')} error={errors.title} className="add-form__grow">
        {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('planUi.structure.weight')} error={errors.weight} className="add-form__number">
        {(p) => <input {...p} className="input" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />}
      </Field>
      <Field
        label={t('planUi.structure.baseline')}
        error={errors.baselineText}
        className="add-form__mid"
        hint={<PeriodFeedback text={baseline} />}
      >
        {(p) => <input {...p} className="input" value={baseline} placeholder={t('planUi.structure.baselinePlaceholder')} onChange={(e) => setBaseline(e.target.value)} />}
      </Field>
    </FormShell>
  )
}
