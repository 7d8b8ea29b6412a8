import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from './helpers'

describe('organisations', () => {
  it('creates, lists, updates and deletes an organisation', async () => {
    const app = startTestServices()
    const created = await call(app, 'organisations/save', {
      name: 'Ministère de l’Économie',
      acronym: 'MEF',
      side: 'administration',
    })
    expect(created).toMatchObject({
      name: 'Ministère de l’Économie',
      acronym: 'MEF',
      side: 'administration',
      peopleCount: 0,
    })
    await call(app, 'organisations/save', { name: 'Transparency Maroc', side: 'societe_civile' })

    expect((await call(app, 'organisations/list', {})).map((o) => o.name)).toEqual([
      'Ministère de l’Économie',
      'Transparency Maroc',
    ])
    expect((await call(app, 'organisations/list', { side: 'societe_civile' })).map((o) => o.name)).toEqual([
      'Transparency Maroc',
    ])
    expect((await call(app, 'organisations/list', { search: 'economie' })).map((o) => o.name)).toEqual([
      'Ministère de l’Économie',
    ])
    expect((await call(app, 'organisations/list', { search: 'mef' })).map((o) => o.id)).toEqual([created.id])
    expect(await call(app, 'organisations/list', { search: '%' })).toEqual([])

    const renamed = await call(app, 'organisations/save', {
      id: created.id,
      name: 'Ministère de l’Économie et des Finances',
      side: 'administration',
    })
    expect(renamed.name).toBe('Ministère de l’Économie et des Finances')
    expect(renamed.acronym).toBe('')

    expect(await call(app, 'organisations/delete', { id: created.id })).toEqual({ deleted: true })
    expect((await call(app, 'organisations/list', {})).map((o) => o.name)).toEqual(['Transparency Maroc'])
    const gone = await refuse(app, 'organisations/delete', { id: created.id })
    expect(gone.code).toBe('NOT_FOUND')
    expect(gone.message).toBe('Organisation introuvable : elle a peut-être été supprimée.')
    expect((await refuse(app, 'organisations/save', { id: 999, name: 'X', side: 'autre' })).code).toBe('NOT_FOUND')
  })

  it('refuses « ESPACE ASSOCIATIF » when « Espace associatif » exists, accents and case ignored', async () => {
    const app = startTestServices()
    const espace = await call(app, 'organisations/save', { name: 'Espace associatif', side: 'societe_civile' })
    const before = snapshotCounts(app)
    for (const name of ['ESPACE ASSOCIATIF', '  Espace   Associatif ', 'Espace Associatïf']) {
      const error = await refuse(app, 'organisations/save', { name, side: 'societe_civile' })
      expect(error.code).toBe('CONFLICT')
      expect(error.message).toBe('Une organisation porte déjà ce nom.')
      expect(error.fields?.name).toBe('Une organisation porte déjà ce nom.')
    }
    expect(snapshotCounts(app)).toEqual(before)
    // Saving the same organisation with a new spelling of its own name is allowed.
    expect(
      (await call(app, 'organisations/save', { id: espace.id, name: 'ESPACE ASSOCIATIF', side: 'societe_civile' }))
        .name,
    ).toBe('ESPACE ASSOCIATIF')
  })

  it('refuses to delete an organisation that still has people', async () => {
    const app = startTestServices()
    const org = await call(app, 'organisations/save', { name: 'OCDE', side: 'partenaire' })
    await call(app, 'people/save', { civility: 'Mme', firstName: 'Anna', lastName: 'Müller', organisationId: org.id })
    const error = await refuse(app, 'organisations/delete', { id: org.id })
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe('Cette organisation a encore des personnes rattachées : déplacez-les d’abord.')
    expect((await call(app, 'organisations/list', {}))[0]?.peopleCount).toBe(1)
  })
})

describe('people', () => {
  it('creates, lists, searches, updates and deletes people, keeping last names as typed', async () => {
    const app = startTestServices()
    const org = await call(app, 'organisations/save', { name: 'Espace associatif', side: 'societe_civile' })
    const helene = await call(app, 'people/save', {
      civility: 'Mme',
      firstName: 'Hélène',
      lastName: 'de la Fontaine',
      function: 'Présidente',
      email: 'helene@example.org',
      phone: '+212 600 00 00 00',
      organisationId: org.id,
    })
    expect(helene).toMatchObject({
      lastName: 'de la Fontaine',
      organisationName: 'Espace associatif',
      side: 'societe_civile',
    })
    await call(app, 'people/save', { civility: 'M.', firstName: 'Ahmed', lastName: 'Zniber', organisationId: null })
    await call(app, 'people/save', { civility: 'M.', firstName: 'Omar', lastName: 'Alami', organisationId: org.id })

    expect((await call(app, 'people/list', {})).map((p) => p.lastName)).toEqual(['Alami', 'de la Fontaine', 'Zniber'])
    expect((await call(app, 'people/list', { search: 'HELENE fontaine' })).map((p) => p.id)).toEqual([helene.id])
    expect((await call(app, 'people/list', { search: 'associatif' })).map((p) => p.lastName)).toEqual([
      'Alami',
      'de la Fontaine',
    ])
    expect((await call(app, 'people/list', { organisationId: org.id })).length).toBe(2)
    expect((await call(app, 'people/list', { side: 'societe_civile' })).length).toBe(2)

    const moved = await call(app, 'people/save', { ...pick(helene), organisationId: null, function: 'Consultante' })
    expect(moved).toMatchObject({ organisationId: null, organisationName: '', side: null, function: 'Consultante' })
    expect(await call(app, 'people/delete', { id: helene.id })).toEqual({ deleted: true })
    expect((await refuse(app, 'people/delete', { id: helene.id })).message).toBe(
      'Personne introuvable : elle a peut-être été supprimée.',
    )
  })

  it('refuses an invalid email and an unknown organisation, in French, writing nothing', async () => {
    const app = startTestServices()
    const before = snapshotCounts(app)
    const email = await refuse(app, 'people/save', {
      civility: 'M.',
      lastName: 'Tazi',
      email: 'pas-une-adresse',
      organisationId: null,
    })
    expect(email.code).toBe('INVALID_INPUT')
    expect(email.fields?.email).toBe('Adresse électronique invalide.')
    const org = await refuse(app, 'people/save', { civility: 'M.', lastName: 'Tazi', organisationId: 42 })
    expect(org.code).toBe('NOT_FOUND')
    expect(org.fields?.organisationId).toMatch(/Organisation introuvable/)
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('flags a likely duplicate, refuses it until confirmed, then saves it', async () => {
    const app = startTestServices()
    const org = await call(app, 'organisations/save', { name: 'Espace associatif', side: 'societe_civile' })
    const other = await call(app, 'organisations/save', { name: 'OCDE', side: 'partenaire' })
    const first = await call(app, 'people/save', {
      civility: 'Mme',
      firstName: 'Hélène',
      lastName: 'Benali',
      organisationId: org.id,
    })

    const candidates = await call(app, 'people/duplicates', {
      firstName: 'helene',
      lastName: 'BENALI ',
      organisationId: org.id,
    })
    expect(candidates).toEqual([
      { id: first.id, displayName: 'Mme Hélène BENALI', organisationName: 'Espace associatif' },
    ])
    expect(
      await call(app, 'people/duplicates', {
        id: first.id,
        firstName: 'Hélène',
        lastName: 'Benali',
        organisationId: org.id,
      }),
    ).toEqual([])
    expect(
      await call(app, 'people/duplicates', { firstName: 'Hélène', lastName: 'Benali', organisationId: other.id }),
    ).toEqual([])

    const before = snapshotCounts(app)
    const error = await refuse(app, 'people/save', {
      civility: 'Mme',
      firstName: 'HELENE',
      lastName: 'benali',
      organisationId: org.id,
    })
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toContain('Mme Hélène BENALI, Espace associatif')
    expect(error.fields?.lastName).toBe(error.message)
    expect(snapshotCounts(app)).toEqual(before)

    const second = await call(app, 'people/save', {
      civility: 'Mme',
      firstName: 'HELENE',
      lastName: 'benali',
      organisationId: org.id,
      confirmDuplicate: true,
    })
    expect(second.id).not.toBe(first.id)
    expect(second.lastName).toBe('benali')
    // Updating the first one does not trip over itself, only over the confirmed twin.
    expect((await refuse(app, 'people/save', { ...pick(first), function: 'Trésorière' })).code).toBe('CONFLICT')
    expect(
      (await call(app, 'people/save', { ...pick(first), function: 'Trésorière', confirmDuplicate: true })).function,
    ).toBe('Trésorière')
  })

  it('refuses to delete a person who attended a meeting', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const error = await refuse(app, 'people/delete', { id: s.salma.id })
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe('Cette personne figure dans des réunions : elle ne peut pas être supprimée.')
    // Someone who never attended can go, and their memberships with them.
    expect(await call(app, 'people/delete', { id: s.former.id })).toEqual({ deleted: true })
    expect((await call(app, 'committees/get', { id: s.committee.id })).members.map((m) => m.person.lastName)).toEqual([
      'Bennani',
      'Alaoui',
    ])
  })
})

/** The input fields of a person read back from the API. */
function pick(person: {
  id: number
  civility: 'Mme' | 'M.'
  firstName: string
  lastName: string
  function: string
  email: string
  phone: string
  organisationId: number | null
}) {
  const { id, civility, firstName, lastName, function: role, email, phone, organisationId } = person
  return { id, civility, firstName, lastName, function: role, email, phone, organisationId }
}
