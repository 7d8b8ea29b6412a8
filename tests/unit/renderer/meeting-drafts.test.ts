import { describe, expect, it } from 'vitest'
import type { Meeting } from '../../../shared/domain/meetings'
import { applyDraft } from '../../../renderer/screens/meetings/model/apply-draft'
import { move, orderByIds } from '../../../renderer/screens/meetings/model/meeting-model'
import { agendaInput, headerInput } from '../../../renderer/screens/meetings/model/payloads'
import { dueFeedback } from '../../../renderer/screens/meetings/minutes/due-feedback'

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
})

function meeting(): Meeting {
  return {
    id: 7,
    committeeId: 1,
    committeeName: 'Comité de pilotage du gouvernement ouvert',
    participantOrder: 'college',
    title: 'Réunion du Comité de pilotage',
    kind: 'ordinaire',
    mode: 'distance',
    place: '',
    videoTool: '',
    notes: '',
    status: 'brouillon',
    dates: [{ date: '2020-07-15', startTime: null, endTime: null }],
    attendance: [
      {
        personId: 3,
        civility: 'Mme',
        firstName: 'Sarah',
        lastName: 'Lamrani',
        function: '',
        status: 'a_confirmer',
        representedBy: '',
        organisationId: 1,
        organisationName: 'Département de la réforme de l’Administration',
        side: 'administration',
        member: true,
      },
    ],
    agenda: [
      { id: 10, position: 1, title: 'Etat d’avancement', presenter: '', standing: true, discussion: doc(''), discussionHeading: '', decisionsHeading: '' },
      { id: 11, position: 2, title: 'Co-création', presenter: '', standing: false, discussion: doc(''), discussionHeading: '', decisionsHeading: '' },
    ],
    decisions: [
      { id: 20, agendaItemId: 10, position: 1, body: doc('Inciter les organismes publics'), note: false },
      { id: 21, agendaItemId: 11, position: 2, body: doc('Collecte des propositions'), note: false },
    ],
    decisionStyle: 'number',
    language: 'fr',
    nextSteps: [],
    introduction: { type: 'doc', content: [] },
    updatedAt: '2020-07-15T10:00:00.000Z',
  }
}

describe('applyDraft', () => {
  it('puts back an unsaved header, including a refused end time, so the user sees what they typed', () => {
    const m = meeting()
    const op = {
      channel: 'meetings/saveHeader',
      input: headerInput({
        ...m,
        title: 'Réunion extraordinaire',
        dates: [{ date: '2020-07-15', startTime: '12:00', endTime: '10:00' }],
      }),
    }
    const restored = applyDraft(m, op)
    expect(restored.title).toBe('Réunion extraordinaire')
    expect(restored.dates).toEqual([{ date: '2020-07-15', startTime: '12:00', endTime: '10:00' }])
  })

  it('puts back an agenda item’s discussion and leaves the other items untouched', () => {
    const m = meeting()
    const item = { ...m.agenda[1]!, discussion: doc('Présentation du processus adapté') }
    const restored = applyDraft(m, { channel: 'agenda/save', input: agendaInput(m.id, item) })
    expect(restored.agenda[1]?.discussion).toEqual(doc('Présentation du processus adapté'))
    expect(restored.agenda[0]).toBe(m.agenda[0])
  })

  it('puts back attendance and order', () => {
    let m = applyDraft(meeting(), {
      channel: 'attendance/set',
      input: { meetingId: 7, personId: 3, status: 'represente', representedBy: 'M. Karim Alaoui' },
    })
    m = applyDraft(m, { channel: 'decisions/reorder', input: { meetingId: 7, ids: [21, 20] } })
    expect(m.attendance[0]).toMatchObject({ status: 'represente', representedBy: 'M. Karim Alaoui' })
    expect(m.decisions.map((d) => [d.id, d.position])).toEqual([
      [21, 1],
      [20, 2],
    ])
  })

  it('puts back a decision kept as plain text by an older version as a rich one, and a note, a heading and the numbering', () => {
    let m = applyDraft(meeting(), {
      channel: 'decisions/save',
      input: { id: 21, meetingId: 7, agendaItemId: 11, text: 'Collecte des propositions :\n- plateforme en ligne' },
    })
    m = applyDraft(m, { channel: 'decisions/save', input: { id: 20, meetingId: 7, agendaItemId: 10, note: true } })
    m = applyDraft(m, { channel: 'agenda/save', input: agendaInput(7, { ...m.agenda[0]!, decisionsHeading: 'Mise en œuvre du PAN' }) })
    m = applyDraft(m, { channel: 'meetings/setDecisionStyle', input: { id: 7, style: 'bullet' } })
    expect(m.decisions[1]?.body).toEqual({
      type: 'doc',
      content: [
        doc('Collecte des propositions :').content[0],
        { type: 'bulletList', content: [{ type: 'listItem', content: [doc('plateforme en ligne').content[0]] }] },
      ],
    })
    expect(m.decisions[0]).toMatchObject({ note: true, body: doc('Inciter les organismes publics') })
    expect(m.agenda[0]?.decisionsHeading).toBe('Mise en œuvre du PAN')
    expect(m.decisionStyle).toBe('bullet')
    expect(applyDraft(m, { channel: 'meetings/setDecisionStyle', input: { id: 7, style: 'romain' } }).decisionStyle).toBe('bullet')
  })

  it('ignores drafts of another meeting and drafts that are not well formed', () => {
    const m = meeting()
    expect(
      applyDraft(m, { channel: 'decisions/save', input: { id: 20, meetingId: 8, agendaItemId: null, text: 'autre' } }),
    ).toBe(m)
    expect(applyDraft(m, { channel: 'agenda/save', input: 'n’importe quoi' })).toBe(m)
    expect(
      applyDraft(m, { channel: 'meetings/saveHeader', input: { id: 7, header: { title: 42, kind: 'inconnu' } } }).title,
    ).toBe(m.title)
  })
})

describe('ordering', () => {
  it('moves an element and renumbers positions from 1', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b'])
    const items = [
      { id: 1, position: 1 },
      { id: 2, position: 2 },
      { id: 3, position: 3 },
    ]
    expect(orderByIds(items, [3, 1, 2])).toEqual([
      { id: 3, position: 1 },
      { id: 1, position: 2 },
      { id: 2, position: 3 },
    ])
  })
})

describe('dueFeedback', () => {
  it('says what it understood, or that the date is to be specified', () => {
    expect(dueFeedback('fin juillet 2020', '2020-07-15')).toEqual({ ok: true, text: 'fin juillet 2020' })
    expect(dueFeedback('3ème & 4ème semaine de septembre 2020', '2020-07-15')).toEqual({
      ok: true,
      text: '3e et 4e semaines de septembre 2020',
    })
    expect(dueFeedback('dès que possible', '2020-07-15')).toEqual({ ok: false, text: '' })
    expect(dueFeedback('  ', '2020-07-15')).toBeNull()
  })

  it('takes a missing year from the meeting: the first one on or after six months before it', () => {
    expect(dueFeedback('fin juillet', '2020-07-15')).toEqual({ ok: true, text: 'fin juillet 2020' })
    expect(dueFeedback('janvier', '2020-07-15')).toEqual({ ok: true, text: 'janvier 2021' })
    expect(dueFeedback('avant le 30/09', '2020-07-15')).toEqual({ ok: true, text: 'avant le 30 septembre 2020' })
    expect(dueFeedback('fin juillet', undefined)).toEqual({ ok: false, text: '' })
  })
})
