import type { Person } from '../../../../shared/domain/directory'
import type { Civility } from '../../../../shared/domain/vocabulary'

export interface PersonDraft {
  civility: Civility
  firstName: string
  lastName: string
  function: string
  email: string
  phone: string
  organisationId: number | null
}

export const PERSON_FIELDS = [
  'civility',
  'firstName',
  'lastName',
  'function',
  'email',
  'phone',
  'organisationId',
] as const

/** The editable part of a person, or a blank one. */
export function draftOf(person: Person | null): PersonDraft {
  if (!person)
    return { civility: 'Mme', firstName: '', lastName: '', function: '', email: '', phone: '', organisationId: null }
  const { civility, firstName, lastName, email, phone, organisationId } = person
  return { civility, firstName, lastName, function: person.function, email, phone, organisationId }
}

/** Trims what was typed, so « Sarah  » and « Sarah » are the same person. */
export function cleanDraft(draft: PersonDraft): PersonDraft {
  return {
    ...draft,
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    function: draft.function.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
  }
}
