/**
 * Adds a pasted list of participants to a meeting: the new organisations, the new people and
 * everyone's attendance, in one transaction — all of it, or nothing.
 */
import type { Db } from '../../db/connection'
import type { ChannelParsedInput } from '../../../shared/api/contract'
import type { Meeting } from '../../../shared/domain/meetings'
import { foldText } from '../../../shared/text/fold'
import { t } from '../../../shared/i18n/translate'
import { AppError } from '../../errors'
import { findOrganisationByKey, getOrganisation, saveOrganisation } from '../../db/repos/directory/organisations'
import { getPerson, writePerson } from '../../db/repos/directory/people'
import { setAttendance } from '../../db/repos/meetings/attendance'
import { getMeeting } from '../../db/repos/meetings/get'
import { requireMeeting } from '../../db/repos/meetings/touch'

type Input = ChannelParsedInput<'participants/addPasted'>

function invalid(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [path]: message })
}

export function addPastedParticipants(db: Db, input: Input): Meeting {
  return db.transaction(() => {
    requireMeeting(db, input.meetingId)
    // An organisation created meanwhile under the same name is used, not duplicated.
    const created = input.organisations.map(
      (o) => findOrganisationByKey(db, foldText(o.name))?.id ?? saveOrganisation(db, o).id,
    )
    input.people.forEach((p, index) => {
      let personId = p.personId
      if (personId !== undefined) {
        if (!getPerson(db, personId)) throw invalid(`people[${index}].personId`, t('participantsPaste.personGone'))
      } else {
        if (!p.civility) throw invalid(`people[${index}].civility`, t('participantsPaste.civilityMissing', { n: index + 1 }))
        if (p.lastName.trim() === '') throw invalid(`people[${index}].lastName`, t('participantsPaste.lastNameMissing', { n: index + 1 }))
        let organisationId = p.organisationId
        if (p.newOrganisation !== undefined) {
          organisationId = created[p.newOrganisation] ?? null
          if (organisationId === null) throw invalid(`people[${index}].newOrganisation`, t('participantsPaste.organisationGone'))
        } else if (organisationId !== null && !getOrganisation(db, organisationId)) {
          throw invalid(`people[${index}].organisationId`, t('participantsPaste.organisationGone'))
        }
        personId = writePerson(db, {
          civility: p.civility,
          firstName: p.firstName.trim(),
          lastName: p.lastName.trim(),
          function: p.function.trim(),
          email: '',
          phone: '',
          organisationId,
        })
      }
      setAttendance(db, {
        meetingId: input.meetingId,
        personId,
        status: input.status,
        representedBy: '',
        ...(p.function.trim() ? { function: p.function } : {}),
      })
    })
    return getMeeting(db, input.meetingId) as Meeting
  })()
}
