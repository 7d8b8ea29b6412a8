import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../../../shared/domain/directory'
import { MEMBERSHIP_ROLES, type MembershipRole } from '../../../../shared/domain/vocabulary'
import { MembershipInput } from '../../../../shared/api/channels/committees'
import { api } from '../../../api/client'
import { Dialog } from '../parts/Dialog'
import { ErrorBanner } from '../parts/ErrorBanner'
import { DateInput } from '../../../components/DateInput'
import { Field } from '../parts/Field'
import { personName } from '../parts/format'
import { saveForm, type FieldErrors } from '../parts/form-errors'
import { focusFirstError } from '../parts/focus-error'
import { PersonPicker } from './PersonPicker'

const FIELDS = ['personId', 'role', 'startDate', 'endDate'] as const

interface Props {
  committeeId: number
  membership: Membership | null
  memberIds: ReadonlySet<number>
  onSaved: () => void
  onClose: () => void
}

/**
 * Adds a member (person, role, mandate) or changes a member's role and mandate. The mandate is
 * checked here with the channel's own rule, so an end before the start is reported next to the
 * end date and nothing is sent.
 */
export function MembershipDialog({ committeeId, membership, memberIds, onSaved, onClose }: Props) {
  const { t } = useTranslation()
  const [personId, setPersonId] = useState<number | null>(membership?.personId ?? null)
  const [role, setRole] = useState<MembershipRole>(membership?.role ?? 'titulaire')
  const [startDate, setStartDate] = useState(membership?.startDate ?? '')
  const [endDate, setEndDate] = useState(membership?.endDate ?? '')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (personId === null) {
      setErrors({ personId: t('directory.members.pickRequired') })
      focusFirstError()
      setMessage(null)
      return
    }
    const input = {
      ...(membership ? { id: membership.id } : {}),
      committeeId,
      personId,
      role,
      startDate: startDate || null,
      endDate: endDate || null,
    }
    const check = { schema: MembershipInput, input, fields: FIELDS, invalidMessage: null }
    const saved = await saveForm({ setErrors, setMessage, setBusy }, check, () => api.memberships.save(input))
    if (saved) onSaved()
  }

  return (
    <Dialog
      title={t(membership ? 'directory.members.editTitle' : 'directory.members.addTitle')}
      description={membership ? personName(membership.person) : undefined}
      onClose={onClose}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          {membership ? null : (
            <PersonPicker value={personId} onChange={setPersonId} error={errors.personId} memberIds={memberIds} />
          )}
          <Field label={t('directory.members.role')} error={errors.role} required className="span-all">
            {(p) => (
              <select
                {...p}
                className="input"
                value={role}
                data-autofocus={membership ? true : undefined}
                onChange={(e) => setRole(e.target.value as MembershipRole)}
              >
                {MEMBERSHIP_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('directory.members.startDate')}
            error={errors.startDate}
            hint={t('directory.members.mandateHint')}
          >
            {(p) => (
              <DateInput {...p} value={startDate} onChange={setStartDate} />
            )}
          </Field>
          <Field
            label={t('directory.members.endDate')}
            error={errors.endDate}
            hint={t('directory.members.mandateHint')}
          >
            {(p) => (
              <DateInput {...p} value={endDate} onChange={setEndDate} />
            )}
          </Field>
        </div>
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
