import { describe, expect, it } from 'vitest'
import { startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from '../directory/helpers'
import { buildReleve } from '../../../main/services/releve/build-releve'
import type { RichDoc } from '../../../shared/domain/rich-text'

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })
const bullets = (...items: string[]) => ({
  type: 'bulletList' as const,
  content: items.map((text) => ({ type: 'listItem' as const, content: [para(text)] })),
})
/** A decision holding a table whose cells hold lists, then a paragraph after its sub-points. */
const WITH_TABLE: RichDoc = {
  type: 'doc',
  content: [
    para('Organiser les événements de co-création :'),
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [para('Événement')] }, { type: 'tableHeader', content: [para('Ateliers thématiques')] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [para('Webinaire 1')] }, { type: 'tableCell', content: [bullets('Accès à l’information', 'Intégrité')] }] },
      ],
    },
    bullets('Publier le calendrier', 'Désigner les animateurs'),
    para('Le secrétariat en rendra compte à la prochaine réunion.'),
  ],
}

describe('decisions as rich text', () => {
  it('stores a rich decision and a « NB » note, keeps them on a partial update and gives their plain text to search', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const item = await call(app, 'agenda/save', { meetingId: meeting.id, title: 'Co-création du 2ème PAN' })
    const decision = await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: item.id, body: WITH_TABLE })
    const note = await call(app, 'decisions/save', {
      meetingId: meeting.id,
      agendaItemId: item.id,
      body: { type: 'doc', content: [para('NB : une réunion préparatoire sera organisée.')] },
      note: true,
    })
    expect(decision).toMatchObject({ body: WITH_TABLE, note: false })
    expect(note.note).toBe(true)

    // Moving the decision to no item keeps its text; saving the note's text keeps it a note.
    await call(app, 'decisions/save', { id: decision.id, meetingId: meeting.id, agendaItemId: null })
    await call(app, 'decisions/save', {
      id: note.id,
      meetingId: meeting.id,
      agendaItemId: item.id,
      body: { type: 'doc', content: [para('NB : réunion préparatoire le 07/09/2020.')] },
    })
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.decisions.map((d) => [d.agendaItemId, d.note])).toEqual([
      [null, false],
      [item.id, true],
    ])
    expect(got.decisions[0]?.body).toEqual(WITH_TABLE)
    const plain = app.ctx.db.prepare('SELECT text FROM decisions ORDER BY position').pluck().all()
    expect(plain).toEqual([
      'Organiser les événements de co-création :\nÉvénement | Ateliers thématiques\nWebinaire 1 | • Accès à l’information • Intégrité\n• Publier le calendrier\n• Désigner les animateurs\nLe secrétariat en rendra compte à la prochaine réunion.',
      'NB : réunion préparatoire le 07/09/2020.',
    ])
    app.close()
  })

  it('turns a decision given as plain text (CLI, older clients) into paragraphs and a bullet list', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const d = await call(app, 'decisions/save', {
      meetingId: meeting.id,
      text: 'Collecte des propositions :\n- plateforme en ligne\n- webinaires\nRapport de synthèse.',
    })
    expect(d.body).toEqual({
      type: 'doc',
      content: [para('Collecte des propositions :'), bullets('plateforme en ligne', 'webinaires'), para('Rapport de synthèse.')],
    })
    app.close()
  })

  it('refuses a body with an unknown element, or a body and a text at once, and changes nothing', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const d = await call(app, 'decisions/save', { meetingId: meeting.id, body: { type: 'doc', content: [para('Garder')] } })
    const image = await refuse(app, 'decisions/save', {
      id: d.id,
      meetingId: meeting.id,
      body: { type: 'doc', content: [{ type: 'image', attrs: { src: 'x.png' } }] },
    })
    expect(image.code).toBe('INVALID_INPUT')
    const both = await refuse(app, 'decisions/save', {
      id: d.id,
      meetingId: meeting.id,
      body: { type: 'doc', content: [para('A')] },
      text: 'B',
    })
    expect(both.message).toMatch(/pas les deux/)
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.decisions[0]?.body).toEqual({ type: 'doc', content: [para('Garder')] })
    app.close()
  })

  it('keeps short headings and the numbering choice, carries them to the next meeting and into the relevé', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const item = await call(app, 'agenda/save', {
      meetingId: meeting.id,
      title: 'Etat d’avancement de la mise en œuvre du plan d’action national 2018-2020',
      standing: true,
      discussionHeading: 'Avancement du PAN',
      decisionsHeading: 'Mise en œuvre du PAN 2018-2020',
    })
    // A save without the headings (an older client) keeps them.
    await call(app, 'agenda/save', { id: item.id, meetingId: meeting.id, title: item.title, standing: true })
    await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: item.id, text: 'Inciter les organismes publics.' })
    await call(app, 'decisions/save', { meetingId: meeting.id, agendaItemId: item.id, text: 'NB : à suivre.', note: true })
    await call(app, 'meetings/setDecisionStyle', { id: meeting.id, style: 'bullet' })
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.decisionStyle).toBe('bullet')
    expect(got.agenda[0]).toMatchObject({ discussionHeading: 'Avancement du PAN', decisionsHeading: 'Mise en œuvre du PAN 2018-2020' })

    const releve = await buildReleve(app.ctx, meeting.id)
    expect(releve.decisionStyle).toBe('bullet')
    expect(releve.agenda[0]).toMatchObject({ discussionHeading: 'Avancement du PAN', decisionsHeading: 'Mise en œuvre du PAN 2018-2020' })
    expect(releve.agenda[0]?.decisions).toEqual([
      { body: { type: 'doc', content: [para('Inciter les organismes publics.')] } },
      { body: { type: 'doc', content: [para('NB : à suivre.')] }, note: true },
    ])

    const next = await call(app, 'meetings/createFromPrevious', {
      previousId: meeting.id,
      dates: [{ date: '2020-10-15', startTime: null, endTime: null }],
    })
    expect(next.decisionStyle).toBe('bullet')
    expect(next.agenda[0]).toMatchObject({ decisionsHeading: 'Mise en œuvre du PAN 2018-2020' })
    expect((await refuse(app, 'meetings/setDecisionStyle', { id: meeting.id, style: 'roman' })).code).toBe('INVALID_INPUT')
    app.close()
  })
})
