import { useCallback, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanInfo } from '../../../../shared/domain/plan'
import { api } from '../../../api/client'
import { Field } from '../../../components/Field'
import { errorMessage, fieldErrors } from '../../../components/error-message'
import { useLoad } from '../parts/use-load'

/** Title, period and committee of a plan: creates one, or updates `plan`. */
export function PlanForm({ plan, onSaved, submitLabel }: { plan?: PlanInfo; onSaved: (plan: PlanInfo) => void; submitLabel: string }) {
  const { t } = useTranslation()
  const loadCommittees = useCallback(() => api.committees.list({}), [])
  const committees = useLoad(loadCommittees)
  const [title, setTitle] = useState(plan?.title ?? '')
  const [period, setPeriod] = useState(plan?.periodLabel ?? '')
  const [committeeId, setCommitteeId] = useState<number | null | undefined>(plan ? plan.committeeId : undefined)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)
  // A new plan follows the only committee there is, unless the user chooses otherwise.
  const list = committees.data ?? []
  const committee = committeeId === undefined ? (list.length === 1 ? (list[0]?.id ?? null) : null) : committeeId

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    setErrors({})
    try {
      const saved = await api.plans.save({ ...(plan ? { id: plan.id } : {}), title, periodLabel: period, committeeId: committee })
      setBusy(false)
      onSaved(saved)
    } catch (e) {
      setBusy(false)
      const fields = fieldErrors(e)
      setErrors(fields)
      if (Object.keys(fields).length === 0) setError(errorMessage(e))
    }
  }

  return (
    <form className="plan-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t('planUi.empty.titleLabel')} error={errors.title} className="plan-form__title">
        {(p) => (
          <input {...p} className="input" value={title} placeholder={t('planUi.empty.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field label={t('planUi.empty.periodLabel')} error={errors.periodLabel} className="plan-form__period">
        {(p) => (
          <input {...p} className="input" value={period} placeholder={t('planUi.empty.periodPlaceholder')} onChange={(e) => setPeriod(e.target.value)} />
        )}
      </Field>
      <Field label={t('planUi.empty.committee')} error={errors.committeeId} className="plan-form__committee">
        {(p) => (
          <select
            {...p}
            className="select"
            value={committee ?? ''}
            onChange={(e) => setCommitteeId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('planUi.empty.noCommittee')}</option>
            {list.map((c) => (
              <option key={c.id} value={c.id}>
                {c.acronym ? `${c.acronym} — ${c.name}` : c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="plan-form__actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? (plan ? t('ui.common.saving') : t('planUi.empty.creating')) : submitLabel}
        </button>
      </div>
      {error ? (
        <p className="form-error plan-form__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
