import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from '../directory/helpers'
import { parseParticipants } from '../../../shared/participants/paste-parse'
import { matchPasted } from '../../../shared/participants/paste-match'

describe('adding a pasted list of participants', () => {
  it('creates the missing organisations and people and marks everyone present, in one go', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const { participants } = parseParticipants(
      [
        'Mme. Salma BENANI, Ministère de la Transition numerique,',
        '• Mme Rim TAZI, Coordinatrice locale, Association Adala (AJ) ;',
        '• M. Omar FASSI, Association Adala (AJ) ;',
        'M. John SMITH, National Democratic Institute-NDI-',
      ].join('\n'),
    )
    const rows = matchPasted(
      participants,
      await call(app, 'people/list', {}),
      await call(app, 'organisations/list', {}),
    )
    // « BENANI » and « numerique » are Salma Bennani and her ministry, typed a little wrong.
    expect(rows.map((r) => [r.personId, r.organisation.kind])).toEqual([
      [s.salma.id, 'existing'],
      [null, 'new'],
      [null, 'new'],
      [null, 'new'],
    ])
    expect(rows.map((r) => (r.organisation.kind === 'new' ? r.organisation.side : null))).toEqual([
      null,
      'societe_civile',
      'societe_civile',
      'partenaire',
    ])

    const result = await call(app, 'participants/addPasted', {
      meetingId: meeting.id,
      organisations: [
        { name: 'Association Adala', acronym: 'AJ', side: 'societe_civile' },
        { name: 'National Democratic Institute', acronym: 'NDI', side: 'partenaire' },
      ],
      people: [
        { personId: s.salma.id },
        { civility: 'Mme', firstName: 'Rim', lastName: 'TAZI', newOrganisation: 0, function: 'Coordinatrice locale' },
        { civility: 'M.', firstName: 'Omar', lastName: 'FASSI', newOrganisation: 0 },
        { civility: 'M.', firstName: 'John', lastName: 'SMITH', newOrganisation: 1 },
      ],
    })
    expect(result.attendance.map((a) => [a.lastName, a.status, a.organisationName, a.function])).toEqual([
      ['Bennani', 'present', 'Ministère de la Transition numérique', null],
      ['Alaoui', 'a_confirmer', 'Espace associatif', null],
      ['FASSI', 'present', 'Association Adala', null],
      ['TAZI', 'present', 'Association Adala', 'Coordinatrice locale'],
      ['SMITH', 'present', 'National Democratic Institute', null],
    ])
    expect((await call(app, 'organisations/list', {})).map((o) => o.name)).toContain('Association Adala')
  })

  it('writes nothing when one person of the list cannot be added, and says which in French', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const before = snapshotCounts(app)
    const error = await refuse(app, 'participants/addPasted', {
      meetingId: meeting.id,
      organisations: [{ name: 'Association Adala', acronym: 'AJ', side: 'societe_civile' }],
      people: [
        { civility: 'Mme', firstName: 'Rim', lastName: 'TAZI', newOrganisation: 0 },
        { firstName: 'Sans', lastName: 'CIVILITE', newOrganisation: 0 },
      ],
    })
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toBe('Choisissez la civilité de la personne 2 de la liste.')
    expect(snapshotCounts(app)).toEqual(before)
  })
})
