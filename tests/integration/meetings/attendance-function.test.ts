import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from '../directory/helpers'

describe('a participant’s function at a meeting', () => {
  it('starts from the directory, can be changed or cleared for one meeting, and leaves the directory alone', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    await call(app, 'people/save', {
      id: s.guest.id,
      civility: 'Mme',
      firstName: 'Nadia',
      lastName: 'Invitée',
      function: 'Chargée de mission',
      organisationId: null,
    })
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const functions = async () =>
      (await call(app, 'meetings/get', { id: meeting.id })).attendance.map((a) => [a.firstName, a.function])

    expect(await functions()).toEqual([
      ['Salma', null],
      ['Youssef', null],
    ])
    await call(app, 'attendance/set', { meetingId: meeting.id, personId: s.guest.id, status: 'invite' })
    await call(app, 'attendance/set', {
      meetingId: meeting.id,
      personId: s.salma.id,
      status: 'present',
      function: '  Coordinatrice locale  ',
    })
    expect(await functions()).toEqual([
      ['Salma', 'Coordinatrice locale'],
      ['Youssef', null],
      ['Nadia', 'Chargée de mission'],
    ])

    // Leaving the function out keeps it; null or blank clears it.
    await call(app, 'attendance/set', { meetingId: meeting.id, personId: s.salma.id, status: 'excuse' })
    await call(app, 'attendance/set', { meetingId: meeting.id, personId: s.guest.id, status: 'invite', function: ' ' })
    await call(app, 'attendance/set', { meetingId: meeting.id, personId: s.youssef.id, status: 'present', function: 'Président' })
    await call(app, 'attendance/set', { meetingId: meeting.id, personId: s.youssef.id, status: 'present', function: null })
    expect(await functions()).toEqual([
      ['Salma', 'Coordinatrice locale'],
      ['Youssef', null],
      ['Nadia', null],
    ])
    const directory = await call(app, 'people/list', {})
    expect(directory.find((p) => p.id === s.salma.id)?.function).toBe('')
    expect(directory.find((p) => p.id === s.guest.id)?.function).toBe('Chargée de mission')
  })

  it('refuses a function of more than 300 characters in French, writing nothing', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const before = snapshotCounts(app)
    const error = await refuse(app, 'attendance/set', {
      meetingId: meeting.id,
      personId: s.salma.id,
      status: 'present',
      function: 'x'.repeat(301),
    })
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(/trop long/i)
    expect(snapshotCounts(app)).toEqual(before)
  })
})
