import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from './helpers'

describe('committees and memberships', () => {
  it('creates, lists, updates and deletes a committee with its quorum rule', async () => {
    const app = startTestServices()
    const copil = await call(app, 'committees/save', {
      name: 'Comité de pilotage',
      acronym: 'COPIL',
      defaultPlace: 'Rabat',
    })
    expect(copil).toMatchObject({
      acronym: 'COPIL',
      defaultPlace: 'Rabat',
      quorum: { minPresent: null, minPerSide: null },
      memberCount: 0,
    })
    await call(app, 'committees/save', { name: 'Atelier technique' })
    expect((await call(app, 'committees/list', {})).map((c) => c.name)).toEqual([
      'Atelier technique',
      'Comité de pilotage',
    ])

    const updated = await call(app, 'committees/save', {
      id: copil.id,
      name: 'Comité de pilotage',
      quorum: { minPresent: 10, minPerSide: 4 },
    })
    expect(updated.quorum).toEqual({ minPresent: 10, minPerSide: 4 })
    expect((await call(app, 'committees/get', { id: copil.id })).members).toEqual([])

    expect(await call(app, 'committees/delete', { id: copil.id })).toEqual({ deleted: true })
    const gone = await refuse(app, 'committees/get', { id: copil.id })
    expect(gone.code).toBe('NOT_FOUND')
    expect(gone.message).toBe('Comité introuvable : il a peut-être été supprimé.')
  })

  it('refuses a second committee of the same name, accents and case ignored', async () => {
    const app = startTestServices()
    await call(app, 'committees/save', { name: 'Comité de suivi' })
    const error = await refuse(app, 'committees/save', { name: 'COMITE DE SUIVI' })
    expect(error.code).toBe('CONFLICT')
    expect(error.fields?.name).toBe('Un comité porte déjà ce nom.')
  })

  it('refuses to delete a committee that has meetings', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const error = await refuse(app, 'committees/delete', { id: s.committee.id })
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe('Ce comité a des réunions : il ne peut pas être supprimé.')
  })

  it('lists members, current ones first, and counts only current mandates', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const detail = await call(app, 'committees/get', { id: s.committee.id })
    expect(detail.memberCount).toBe(2)
    expect(detail.members.map((m) => [m.person.lastName, m.role, m.startDate, m.endDate])).toEqual([
      ['Bennani', 'president', '2019-01-01', null],
      ['Alaoui', 'titulaire', null, null],
      ['Ancien', 'titulaire', '2018-01-01', '2019-12-31'],
    ])
    expect(detail.members[0]?.person.organisationName).toBe('Ministère de la Transition numérique')

    const membership = detail.members[1]
    if (!membership) throw new Error('no membership')
    const changed = await call(app, 'memberships/save', { ...membershipInput(membership), role: 'suppleant' })
    expect(changed.role).toBe('suppleant')
    expect(await call(app, 'memberships/delete', { id: membership.id })).toEqual({ deleted: true })
    expect((await call(app, 'committees/get', { id: s.committee.id })).memberCount).toBe(1)
    expect((await refuse(app, 'memberships/delete', { id: membership.id })).code).toBe('NOT_FOUND')
  })

  it('refuses a mandate that ends before it starts, with a message on the field, writing nothing', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const before = snapshotCounts(app)
    const error = await refuse(app, 'memberships/save', {
      committeeId: s.committee.id,
      personId: s.guest.id,
      role: 'titulaire',
      startDate: '2021-06-01',
      endDate: '2021-05-31',
    })
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.fields?.endDate).toBe('La fin du mandat doit suivre son début.')
    const impossible = await refuse(app, 'memberships/save', {
      committeeId: s.committee.id,
      personId: s.guest.id,
      role: 'titulaire',
      startDate: '2020-02-31',
    })
    expect(impossible.fields?.startDate).toMatch(/Date impossible/)
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('refuses overlapping mandates of one person and unknown people or committees', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const before = snapshotCounts(app)
    const overlap = await refuse(app, 'memberships/save', {
      committeeId: s.committee.id,
      personId: s.salma.id,
      role: 'titulaire',
      startDate: '2024-01-01',
    })
    expect(overlap.code).toBe('CONFLICT')
    expect(overlap.fields?.startDate).toBe('Cette personne est déjà membre de ce comité sur cette période.')
    expect(
      (await refuse(app, 'memberships/save', { committeeId: 999, personId: s.salma.id, role: 'titulaire' })).code,
    ).toBe('NOT_FOUND')
    expect(
      (await refuse(app, 'memberships/save', { committeeId: s.committee.id, personId: 999, role: 'titulaire' })).fields
        ?.personId,
    ).toMatch(/Personne introuvable/)
    expect(snapshotCounts(app)).toEqual(before)
    // A new mandate after the old one ended is fine.
    await call(app, 'memberships/save', {
      committeeId: s.committee.id,
      personId: s.former.id,
      role: 'observateur',
      startDate: '2020-01-01',
    })
  })
})

function membershipInput(m: {
  id: number
  committeeId: number
  personId: number
  role: 'president' | 'titulaire' | 'suppleant' | 'secretariat' | 'observateur'
  startDate: string | null
  endDate: string | null
}) {
  const { id, committeeId, personId, role, startDate, endDate } = m
  return { id, committeeId, personId, role, startDate, endDate }
}
