import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from '../directory/helpers'

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

describe('meetings: header, next meeting, list', () => {
  it('saves the header, replacing the dates and keeping the first date in step', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const { updatedAt } = await call(app, 'meetings/saveHeader', {
      id: meeting.id,
      header: header({
        title: 'Réunion reportée',
        mode: 'hybride',
        place: 'Rabat',
        videoTool: 'Zoom',
        dates: [
          { date: '2021-03-02', startTime: null, endTime: null },
          { date: '2021-02-27', startTime: '09:30', endTime: null },
        ],
      }),
    })
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got).toMatchObject({
      title: 'Réunion reportée',
      status: 'brouillon',
      mode: 'hybride',
      place: 'Rabat',
      videoTool: 'Zoom',
      updatedAt,
    })
    expect(got.dates).toEqual([
      { date: '2021-03-02', startTime: null, endTime: null },
      { date: '2021-02-27', startTime: '09:30', endTime: null },
    ])
    expect(app.ctx.db.prepare('SELECT first_date FROM meetings WHERE id = ?').pluck().get(meeting.id)).toBe(
      '2021-02-27',
    )
    expect((await call(app, 'meetings/list', { year: 2021 })).meetings.map((m) => m.id)).toEqual([meeting.id])
    expect((await call(app, 'meetings/list', { year: 2020 })).meetings).toEqual([])

    const dup = await refuse(app, 'meetings/saveHeader', {
      id: meeting.id,
      header: header({
        dates: [
          { date: '2021-03-02', startTime: null, endTime: null },
          { date: '2021-03-02', startTime: null, endTime: null },
        ],
      }),
    })
    expect(dup.fields?.['header.dates']).toBe('Cette date figure déjà dans la réunion.')
    expect((await refuse(app, 'meetings/saveHeader', { id: 999, header: header() })).code).toBe('NOT_FOUND')
  })

  it('creates the next meeting from the previous one: standing items, members reset, guests left out', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const previous = await call(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({
        title: 'COPIL',
        kind: 'extraordinaire',
        mode: 'hybride',
        place: 'Rabat, salle 2',
        videoTool: 'Teams',
        notes: 'Notes internes',
      }),
    })
    await call(app, 'attendance/set', { meetingId: previous.id, personId: s.salma.id, status: 'present' })
    await call(app, 'attendance/set', { meetingId: previous.id, personId: s.youssef.id, status: 'excuse' })
    await call(app, 'attendance/set', { meetingId: previous.id, personId: s.guest.id, status: 'invite' })
    await call(app, 'agenda/save', { meetingId: previous.id, title: 'Ordre du jour ponctuel', standing: false })
    await call(app, 'agenda/save', {
      meetingId: previous.id,
      title: 'Validation du relevé précédent',
      presenter: 'Secrétariat',
      standing: true,
      discussion: doc('discuté'),
    })
    await call(app, 'agenda/save', { meetingId: previous.id, title: 'Avancement des engagements', standing: true })
    await call(app, 'decisions/save', { meetingId: previous.id, text: 'Décision' })
    await call(app, 'nextSteps/save', { meetingId: previous.id, text: 'Étape' })
    // A new member whose mandate starts after the previous meeting.
    const newcomer = await call(app, 'people/save', {
      civility: 'Mme',
      firstName: 'Leila',
      lastName: 'Nouvelle',
      organisationId: s.espace.id,
    })
    await call(app, 'memberships/save', {
      committeeId: s.committee.id,
      personId: newcomer.id,
      role: 'titulaire',
      startDate: '2020-09-01',
    })

    const next = await call(app, 'meetings/createFromPrevious', {
      previousId: previous.id,
      dates: [{ date: '2020-09-16', startTime: '10:00', endTime: null }],
    })
    expect(next).toMatchObject({
      committeeId: s.committee.id,
      title: 'COPIL',
      kind: 'extraordinaire',
      mode: 'hybride',
      place: 'Rabat, salle 2',
      videoTool: 'Teams',
      notes: '',
      status: 'brouillon',
      dates: [{ date: '2020-09-16', startTime: '10:00', endTime: null }],
      decisions: [],
      nextSteps: [],
    })
    expect(next.attendance.map((a) => [a.lastName, a.status])).toEqual([
      ['Bennani', 'a_confirmer'],
      ['Alaoui', 'a_confirmer'],
      ['Nouvelle', 'a_confirmer'],
    ])
    expect(next.agenda.map((a) => [a.position, a.title, a.presenter, a.standing, a.discussion])).toEqual([
      [1, 'Validation du relevé précédent', 'Secrétariat', true, { type: 'doc', content: [] }],
      [2, 'Avancement des engagements', '', true, { type: 'doc', content: [] }],
    ])
    // The previous meeting is untouched.
    expect((await call(app, 'meetings/get', { id: previous.id })).attendance.map((a) => a.status)).toEqual([
      'present',
      'excuse',
      'invite',
    ])
    expect(
      (await refuse(app, 'meetings/createFromPrevious', { previousId: 999, dates: [{ date: '2020-09-16' }] })).code,
    ).toBe('NOT_FOUND')
    const twice = await refuse(app, 'meetings/createFromPrevious', {
      previousId: previous.id,
      dates: [{ date: '2020-09-16' }, { date: '2020-09-16' }],
    })
    expect(twice.fields?.dates).toBe('Cette date figure déjà dans la réunion.')
  })

  it('lists newest first with counts, and filters by committee, status and title without accents', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const other = await call(app, 'committees/save', { name: 'Atelier', acronym: 'AT' })
    const old = await call(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({ title: 'Réunion de lancement', dates: [{ date: '2019-05-02' }] }),
    })
    const recent = await call(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({ title: 'Bilan à mi-parcours', status: 'adopte', dates: [{ date: '2020-07-15' }] }),
    })
    const sameDay = await call(app, 'meetings/create', {
      committeeId: other.id,
      header: header({ title: 'Atelier thématique', dates: [{ date: '2020-07-15' }] }),
    })
    await call(app, 'attendance/set', { meetingId: recent.id, personId: s.salma.id, status: 'present' })
    await call(app, 'attendance/set', {
      meetingId: recent.id,
      personId: s.youssef.id,
      status: 'represente',
      representedBy: 'X',
    })
    await call(app, 'attendance/set', { meetingId: recent.id, personId: s.guest.id, status: 'invite' })
    await call(app, 'decisions/save', { meetingId: recent.id, text: 'D1' })

    const all = (await call(app, 'meetings/list', {})).meetings
    expect(all.map((m) => m.id)).toEqual([sameDay.id, recent.id, old.id])
    expect(all[1]).toMatchObject({
      committeeName: 'COPIL OGP',
      committeeAcronym: 'COPIL',
      presentCount: 2,
      decisionCount: 1,
      status: 'adopte',
    })
    expect((await call(app, 'meetings/list', { committeeId: other.id })).meetings.map((m) => m.id)).toEqual([sameDay.id])
    expect((await call(app, 'meetings/list', { status: 'adopte' })).meetings.map((m) => m.id)).toEqual([recent.id])
    expect((await call(app, 'meetings/list', { search: 'REUNION lancement' })).meetings.map((m) => m.id)).toEqual([old.id])
    expect((await call(app, 'meetings/list', { search: 'a mi' })).meetings.map((m) => m.id)).toEqual([recent.id])

    await call(app, 'meetings/delete', { id: recent.id })
    expect((await call(app, 'meetings/list', {})).meetings.map((m) => m.id)).toEqual([sameDay.id, old.id])
    expect(app.ctx.db.prepare('SELECT count(*) FROM attendance WHERE meeting_id = ?').pluck().get(recent.id)).toBe(0)
    expect((await refuse(app, 'meetings/get', { id: recent.id })).message).toBe(
      'Réunion introuvable : elle a peut-être été supprimée.',
    )
  })
})
