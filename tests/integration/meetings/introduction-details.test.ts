/**
 * The meeting's introduction and each next step's details are rich text, saved through the API
 * and checked by its zod schema like the discussions; what was typed comes back as it was.
 */
import { describe, expect, it } from 'vitest'
import type { RichDoc } from '../../../shared/domain/rich-text'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, header, refuse, seedCommittee } from '../directory/helpers'

const introduction: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'La réunion a été ouverte par ' },
        { type: 'text', text: 'Mme Sarah LAMRANI', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', qui a rappelé :' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'le contexte sanitaire' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'les nouveaux délais de l’OGP' }] }] },
      ],
    },
  ],
}

const details: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Finalisation de la liste des thématiques' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Choix de la technologie à utiliser' }] }] },
      ],
    },
  ],
}

describe('introduction and next-step details', () => {
  it('saves the introduction, moves updatedAt and gives it back with the meeting', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    expect(meeting.introduction).toEqual({ type: 'doc', content: [] })
    const { updatedAt } = await call(app, 'meetings/saveIntroduction', { id: meeting.id, introduction })
    const got = await call(app, 'meetings/get', { id: meeting.id })
    expect(got.introduction).toEqual(introduction)
    expect(got.updatedAt).toBe(updatedAt)
    expect(updatedAt > meeting.updatedAt).toBe(true)
    // Saving the header leaves the introduction alone.
    await call(app, 'meetings/saveHeader', { id: meeting.id, header: header({ title: 'Réunion du COPIL' }) })
    expect((await call(app, 'meetings/get', { id: meeting.id })).introduction).toEqual(introduction)
  })

  it('refuses an introduction that is not a document of the editor, in French, and changes nothing', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    await call(app, 'meetings/saveIntroduction', { id: meeting.id, introduction })
    const before = snapshotCounts(app)
    const bad = [
      { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] }] },
      '<p>La réunion</p>',
      { type: 'paragraph' },
    ]
    for (const value of bad) {
      const error = await refuse(app, 'meetings/saveIntroduction', { id: meeting.id, introduction: value })
      expect(error.code).toBe('INVALID_INPUT')
      expect(error.message).toMatch(/^Données invalides/)
    }
    expect((await refuse(app, 'meetings/saveIntroduction', { id: 9999, introduction })).message).toMatch(/Réunion introuvable/)
    expect(snapshotCounts(app)).toEqual(before)
    expect((await call(app, 'meetings/get', { id: meeting.id })).introduction).toEqual(introduction)
  })

  it('saves a next step’s details, keeps them when only the text changes, and empties them on request', async () => {
    const app = startTestServices()
    const s = await seedCommittee(app)
    const meeting = await call(app, 'meetings/create', { committeeId: s.committee.id, header: header() })
    const bare = await call(app, 'nextSteps/save', { meetingId: meeting.id, text: 'Planification des webinaires' })
    expect(bare.details).toEqual({ type: 'doc', content: [] })
    const step = await call(app, 'nextSteps/save', {
      meetingId: meeting.id,
      text: 'Réunion préparatoire des webinaires',
      dueText: '07/09/2020 à 10h',
      details,
    })
    expect(step.details).toEqual(details)
    const retitled = await call(app, 'nextSteps/save', { id: step.id, meetingId: meeting.id, text: 'Réunion préparatoire', dueText: '07/09/2020 à 10h' })
    expect(retitled.details).toEqual(details)
    const before = snapshotCounts(app)
    const refused = await refuse(app, 'nextSteps/save', {
      id: step.id,
      meetingId: meeting.id,
      text: 'Réunion préparatoire',
      details: { type: 'doc', content: [{ type: 'image', attrs: { src: 'x.png' } }] },
    })
    expect(refused.code).toBe('INVALID_INPUT')
    expect(snapshotCounts(app)).toEqual(before)
    expect((await call(app, 'meetings/get', { id: meeting.id })).nextSteps.map((n) => n.details)).toEqual([
      { type: 'doc', content: [] },
      details,
    ])
    await call(app, 'nextSteps/save', { id: step.id, meetingId: meeting.id, text: 'Réunion préparatoire', details: { type: 'doc', content: [] } })
    expect((await call(app, 'meetings/get', { id: meeting.id })).nextSteps[1]?.details).toEqual({ type: 'doc', content: [] })
  })
})
