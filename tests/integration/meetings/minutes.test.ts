import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from '../directory/helpers'
import { richToPlainText } from '../../../shared/domain/rich-text'

const HOSTILE = [
  'x'.repeat(20_000),
  'تمت المصادقة على محضر الاجتماع السابق',
  'Validé 👍🏽 — « très bien » 🇲🇦',
  "'); DROP TABLE meetings;--",
  "=cmd|' /C calc'!A0",
]

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

describe('minutes: agenda, decisions and next steps', () => {
  it('appends items at the end, updates them and deletes them', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })

    const one = await call(app, 'agenda/save', { meetingId: meeting.id, title: 'Validation du PV', standing: true })
    const two = await call(app, 'agenda/save', {
      meetingId: meeting.id,
      title: 'État d’avancement',
      presenter: 'Secrétariat',
      discussion: doc('Point 2'),
    })
    expect([one.position, two.position]).toEqual([1, 2])
    expect(one.discussion).toEqual({ type: 'doc', content: [] })
    const retitled = await call(app, 'agenda/save', {
      id: two.id,
      meetingId: meeting.id,
      title: 'État d’avancement des engagements',
    })
    expect(retitled.discussion).toEqual(doc('Point 2')) // an update without discussion keeps it

    const decision = await call(app, 'decisions/save', {
      meetingId: meeting.id,
      agendaItemId: two.id,
      text: 'Le PV est adopté.',
    })
    await call(app, 'decisions/save', { meetingId: meeting.id, text: 'Prochaine réunion en septembre.' })
    const step = await call(app, 'nextSteps/save', {
      meetingId: meeting.id,
      text: 'Envoyer le relevé',
      responsiblePersonId: s.salma.id,
      responsibleOrganisationId: s.ministere.id,
      dueText: 'fin juillet 2020',
    })
    expect(step).toMatchObject({
      position: 1,
      dueText: 'fin juillet 2020',
      status: 'a_faire',
      responsiblePersonId: s.salma.id,
    })

    await call(app, 'agenda/delete', { id: two.id })
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.agenda.map((a) => a.title)).toEqual(['Validation du PV'])
    // The decision stays, without its agenda item.
    expect(got.decisions.map((d) => [richToPlainText(d.body), d.agendaItemId])).toEqual([
      ['Le PV est adopté.', null],
      ['Prochaine réunion en septembre.', null],
    ])
    await call(app, 'decisions/delete', { id: decision.id })
    await call(app, 'nextSteps/delete', { id: step.id })
    const after = await call(app, 'meetings/get', { id: meeting.id })
    expect(after.decisions).toHaveLength(1)
    expect(after.nextSteps).toHaveLength(0)
    expect(after.updatedAt > got.updatedAt).toBe(true)
    expect((await refuse(app, 'decisions/delete', { id: decision.id })).message).toBe(
      'Point arrêté introuvable : il a peut-être été supprimé.',
    )
  })

  it('stores the due date as typed, and as a period when it reads as one', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const dueOf = (id: number) => app.ctx.db.prepare('SELECT due_text, due_period FROM next_steps WHERE id = ?').get(id)
    const clear = await call(app, 'nextSteps/save', {
      meetingId: meeting.id,
      text: 'A',
      dueText: '2ème semaine de septembre 2020',
    })
    expect(dueOf(clear.id)).toMatchObject({ due_text: '2ème semaine de septembre 2020' })
    expect(JSON.parse((dueOf(clear.id) as { due_period: string }).due_period)).toMatchObject({ kind: 'weeks' })
    const vague = await call(app, 'nextSteps/save', { meetingId: meeting.id, text: 'B', dueText: 'dès que possible' })
    expect(dueOf(vague.id)).toEqual({ due_text: 'dès que possible', due_period: null })
    // Without a year, the meeting's year is meant.
    const noYear = await call(app, 'nextSteps/save', { meetingId: meeting.id, text: 'C', dueText: 'fin juillet' })
    expect(JSON.parse((dueOf(noYear.id) as { due_period: string }).due_period)).toMatchObject({
      kind: 'part',
      year: 2020,
      month: 7,
    })
    const updated = await call(app, 'nextSteps/save', {
      id: vague.id,
      meetingId: meeting.id,
      text: 'B',
      dueText: 'novembre 2020',
      status: 'en_cours',
    })
    expect(updated.status).toBe('en_cours')
    expect(JSON.parse((dueOf(vague.id) as { due_period: string }).due_period)).toEqual({
      kind: 'month',
      year: 2020,
      month: 11,
    })
  })

  it('reorders each list in one go and refuses a list that is not exactly the meeting’s items', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const other = await call(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({ title: 'Autre' }),
    })
    const ids: number[] = []
    for (const title of ['A', 'B', 'C']) ids.push((await call(app, 'agenda/save', { meetingId: meeting.id, title })).id)
    const foreign = await call(app, 'agenda/save', { meetingId: other.id, title: 'Z' })
    const [a, b, c] = ids as [number, number, number]

    const { updatedAt } = await call(app, 'agenda/reorder', { meetingId: meeting.id, ids: [c, a, b] })
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.agenda.map((x) => x.title)).toEqual(['C', 'A', 'B'])
    expect(got.updatedAt).toBe(updatedAt)

    const before = snapshotCounts(app)
    for (const bad of [
      [c, a],
      [c, a, b, b],
      [c, a, foreign.id],
      [c, a, b, foreign.id],
    ]) {
      const error = await refuse(app, 'agenda/reorder', { meetingId: meeting.id, ids: bad })
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.message).toMatch(/rechargez la réunion/)
    }
    expect((await call(app, 'meetings/get', { id: meeting.id })).agenda.map((x) => x.title)).toEqual(['C', 'A', 'B'])
    expect(snapshotCounts(app)).toEqual(before)

    const d1 = await call(app, 'decisions/save', { meetingId: meeting.id, text: '1' })
    const d2 = await call(app, 'decisions/save', { meetingId: meeting.id, text: '2' })
    await call(app, 'decisions/reorder', { meetingId: meeting.id, ids: [d2.id, d1.id] })
    const n1 = await call(app, 'nextSteps/save', { meetingId: meeting.id, text: '1' })
    const n2 = await call(app, 'nextSteps/save', { meetingId: meeting.id, text: '2' })
    await call(app, 'nextSteps/reorder', { meetingId: meeting.id, ids: [n2.id, n1.id] })
    const final = await call(app, 'meetings/get', { id: meeting.id })
    expect(final.decisions.map((d) => richToPlainText(d.body))).toEqual(['2', '1'])
    expect(final.nextSteps.map((n) => n.text)).toEqual(['2', '1'])
    // A new item still goes to the end.
    await call(app, 'agenda/save', { meetingId: meeting.id, title: 'D' })
    expect((await call(app, 'meetings/get', { id: meeting.id })).agenda.map((x) => x.title)).toEqual([
      'C',
      'A',
      'B',
      'D',
    ])
  })

  it('refuses items of another meeting', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const other = await call(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({ title: 'Autre' }),
    })
    const foreign = await call(app, 'agenda/save', { meetingId: other.id, title: 'Z' })
    const linked = await refuse(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: foreign.id, text: 'x' })
    expect(linked.code).toBe('INVALID_INPUT')
    expect(linked.fields?.agendaItemId).toBe('Ce point de l’ordre du jour appartient à une autre réunion.')
    expect((await refuse(app, 'agenda/save', { id: foreign.id, meetingId: meeting.id, title: 'vol' })).code).toBe(
      'NOT_FOUND',
    )
    expect(
      (await refuse(app, 'nextSteps/save', { meetingId: meeting.id, text: 'x', responsiblePersonId: 999 })).fields
        ?.responsiblePersonId,
    ).toMatch(/Personne introuvable/)
  })

  it('stores and returns hostile text verbatim: 20,000 characters, Arabic, emoji, SQL, formulas', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', {
      committeeId: s.committee.id,
      header: header({ title: HOSTILE[3] ?? '', notes: HOSTILE[0] ?? '' }),
    })
    for (const text of HOSTILE) {
      await call(app, 'agenda/save', {
        meetingId: meeting.id,
        title: text.slice(0, 2_000),
        presenter: text.slice(0, 300),
        discussion: doc(text),
      })
      await call(app, 'decisions/save', { meetingId: meeting.id, text })
      await call(app, 'nextSteps/save', {
        meetingId: meeting.id,
        text,
        responsibleText: text.slice(0, 500),
        dueText: text.slice(0, 300),
      })
      await call(app, 'attendance/set', {
        meetingId: meeting.id,
        personId: s.youssef.id,
        status: 'represente',
        representedBy: text.slice(0, 300),
      })
      const person = await call(app, 'people/save', {
        civility: 'M.',
        firstName: text.slice(0, 200),
        lastName: text.slice(0, 200),
        organisationId: null,
        confirmDuplicate: true,
      })
      expect(person.lastName).toBe(text.slice(0, 200))
    }
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.title).toBe("'); DROP TABLE meetings;--")
    expect(got.notes).toBe(HOSTILE[0])
    expect(got.decisions.map((d) => richToPlainText(d.body))).toEqual(HOSTILE)
    expect(got.nextSteps.map((n) => n.text)).toEqual(HOSTILE)
    expect(got.nextSteps.map((n) => n.dueText)).toEqual(HOSTILE.map((t) => t.slice(0, 300)))
    expect(got.agenda.map((a) => a.discussion)).toEqual(HOSTILE.map(doc))
    expect(got.agenda.map((a) => a.title)).toEqual(HOSTILE.map((t) => t.slice(0, 2_000)))
    expect(got.attendance.find((a) => a.personId === s.youssef.id)?.representedBy).toBe("=cmd|' /C calc'!A0")
    expect((await call(app, 'meetings/list', { search: 'DROP TABLE' })).meetings.map((m) => m.id)).toEqual([meeting.id])
    expect(app.ctx.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(1)
  })
})
