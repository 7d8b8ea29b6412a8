import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from '../directory/helpers'

describe('meetings', () => {
  it('creates a meeting with two dates and pre-fills the current members « à confirmer »', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({
        dates: [
          { date: '2020-07-27', startTime: null, endTime: null },
          { date: '2020-07-25', startTime: '09:00', endTime: '17:00' },
        ],
      }),
    })
    expect(meeting.committeeName).toBe('COPIL OGP')
    expect(meeting.dates.map((d) => d.date)).toEqual(['2020-07-27', '2020-07-25'])
    // Salma (mandate from 2019) and Youssef (open mandate) are members; Karim's mandate ended in 2019.
    expect(meeting.attendance.map((a) => [a.lastName, a.status, a.member, a.organisationName, a.side])).toEqual([
      ['Bennani', 'a_confirmer', true, 'Ministère de la Transition numérique', 'administration'],
      ['Alaoui', 'a_confirmer', true, 'Espace associatif', 'societe_civile'],
    ])
    const [summary] = (await call(app, 'meetings/list', {})).meetings
    expect(summary?.dates.map((d) => d.date)).toEqual(['2020-07-27', '2020-07-25'])
    expect(app.ctx.db.prepare('SELECT first_date FROM meetings').pluck().get()).toBe('2020-07-25')
  })

  it('refuses a meeting of an unknown committee in French, writing nothing', async () => {
    const app = startTestServices()
    const before = snapshotCounts(app)
    const error = await refuse(app, 'meetings/create', { committeeId: 999, header: header() })
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toMatch(/Comité introuvable/)
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('refuses an end time before the start time and an impossible date, writing nothing', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const before = snapshotCounts(app)
    const late = await refuse(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({ dates: [{ date: '2020-07-15', startTime: '12:00', endTime: '10:00' }] }),
    })
    expect(late.code).toBe('INVALID_INPUT')
    expect(late.fields?.['header.dates[0].endTime']).toBe('L’heure de fin doit suivre l’heure de début.')
    const impossible = await refuse(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({ dates: [{ date: '2020-02-31', startTime: null, endTime: null }] }),
    })
    expect(impossible.fields?.['header.dates[0].date']).toMatch(/Date impossible/)
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('marks attendance, adds a guest with their organisation and requires who represents', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })

    const first = await call(app, 'attendance/set', { meetingId: meeting.id, personId: s.salma.id, status: 'present' })
    const second = await call(app, 'attendance/set', { meetingId: meeting.id, personId: s.guest.id, status: 'invite' })
    expect(second.updatedAt > first.updatedAt).toBe(true)
    expect(first.updatedAt > meeting.updatedAt).toBe(true)

    const refused = await refuse(app, 'attendance/set', {
      meetingId: meeting.id,
      personId: s.youssef.id,
      status: 'represente',
      representedBy: '  ',
    })
    expect(refused.code).toBe('INVALID_INPUT')
    expect(refused.fields?.representedBy).toBe('Indiquez qui représente cette personne.')
    await call(app, 'attendance/set', {
      meetingId: meeting.id,
      personId: s.youssef.id,
      status: 'represente',
      representedBy: 'M. Omar Tazi',
    })

    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.updatedAt).not.toBe(meeting.updatedAt)
    expect(got.attendance.map((a) => [a.firstName, a.status, a.representedBy, a.member])).toEqual([
      ['Salma', 'present', '', true],
      ['Youssef', 'represente', 'M. Omar Tazi', true],
      ['Nadia', 'invite', '', false],
    ])
    const [summary] = (await call(app, 'meetings/list', {})).meetings
    expect(summary?.presentCount).toBe(2)

    await call(app, 'attendance/remove', { meetingId: meeting.id, personId: s.guest.id })
    expect((await call(app, 'meetings/get', { id: meeting.id })).attendance).toHaveLength(2)
    expect((await refuse(app, 'attendance/remove', { meetingId: meeting.id, personId: s.guest.id })).code).toBe(
      'NOT_FOUND',
    )
    expect((await refuse(app, 'attendance/set', { meetingId: meeting.id, personId: 999, status: 'invite' })).code).toBe(
      'NOT_FOUND',
    )
  })

  it('keeps the organisation a person had on the day of the meeting', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const { organisationName: _name, side: _side, ...youssefFields } = s.youssef
    await call(app, 'people/save', { ...youssefFields, organisationId: s.ministere.id })
    const { peopleCount: _count, ...espace } = s.espace
    await call(app, 'organisations/save', { ...espace, name: 'Espace associatif (nouveau nom)' })
    const youssef = (await call(app, 'meetings/get', { id: meeting.id })).attendance.find(
      (a) => a.personId === s.youssef.id,
    )
    expect(youssef?.organisationName).toBe('Espace associatif')
    expect(youssef?.side).toBe('societe_civile')
  })
})
