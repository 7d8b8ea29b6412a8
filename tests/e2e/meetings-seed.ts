/** Directory and meetings seeded through the API for the meetings end-to-end tests. */
import type { Civility, Side } from '../../shared/domain/vocabulary'
import type { Committee } from '../../shared/domain/directory'
import type { Meeting } from '../../shared/domain/meetings'
import { invoke } from './api'
import type { Preview } from './preview'
import {
  agendaTitles2020,
  decisions2020,
  engagements2020,
  participants2020,
  releve20200715,
} from '../fixtures/releve-2020-07-15'
import type { RichDoc } from '../../shared/domain/rich-text'

export interface SeedPerson {
  civility: Civility
  firstName: string
  lastName: string
  organisation: string
  side: Side
}

/** Creates a committee with its organisations, people and members; returns the committee. */
export async function seedCommittee(
  preview: Preview,
  people: readonly SeedPerson[],
  options: { name?: string; acronym?: string; minPresent?: number | null; minPerSide?: number | null } = {},
): Promise<Committee> {
  const committee = await invoke(preview, 'committees/save', {
    name: options.name ?? 'Comité de pilotage du gouvernement ouvert',
    acronym: options.acronym ?? 'COPIL',
    defaultPlace: '',
    quorum: { minPresent: options.minPresent ?? null, minPerSide: options.minPerSide ?? null },
  })
  const organisations = new Map<string, number>()
  for (const p of people) {
    let organisationId = organisations.get(p.organisation)
    if (organisationId === undefined) {
      organisationId = (
        await invoke(preview, 'organisations/save', { name: p.organisation, acronym: '', side: p.side })
      ).id
      organisations.set(p.organisation, organisationId)
    }
    const person = await invoke(preview, 'people/save', {
      civility: p.civility,
      firstName: p.firstName,
      lastName: p.lastName,
      function: '',
      email: '',
      phone: '',
      organisationId,
      confirmDuplicate: true,
    })
    await invoke(preview, 'memberships/save', {
      committeeId: committee.id,
      personId: person.id,
      role: 'titulaire',
      startDate: null,
      endDate: null,
    })
  }
  return committee
}

const cell = (text: string, type: 'tableCell' | 'tableHeader' = 'tableCell') => ({
  type,
  content: [{ type: 'paragraph' as const, content: text ? [{ type: 'text' as const, text }] : [] }],
})

/** The engagements table typed by the secretariat in « Points discutés » (first rows of the reference). */
function engagementsTable(): RichDoc {
  return {
    type: 'doc',
    content: [
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              cell('Engagement', 'tableHeader'),
              cell('État d’avancement', 'tableHeader'),
              cell('Nouvelle planification des actions restantes', 'tableHeader'),
            ],
          },
          ...engagements2020.slice(0, 4).map((e) => ({
            type: 'tableRow' as const,
            content: [
              cell(String(e.number)),
              cell(`Avancement ${e.progress ?? 0} %${e.narrative ? ` — ${e.narrative.split('\n')[0]}` : ''}`),
              cell(e.replanning.join(' ; ')),
            ],
          })),
        ],
      },
    ],
  } as RichDoc
}

/** The COPIL meeting of 15 July 2020, as the secretariat would have typed it. */
export async function seedReleve20200715(preview: Preview): Promise<Meeting> {
  const committee = await seedCommittee(preview, participants2020, { minPresent: 12, minPerSide: null })
  // Earlier meetings, so that the list looks like a real year.
  const earlier: [string, string, 'presentiel' | 'distance'][] = [
    ['2019-10-31', 'Réunion du Comité de pilotage', 'presentiel'],
    ['2020-02-12', 'Réunion du Comité de pilotage', 'presentiel'],
    ['2020-06-10', 'Atelier de préparation de la co-création', 'distance'],
  ]
  for (const [date, title, mode] of earlier) {
    const m = await invoke(preview, 'meetings/create', {
      committeeId: committee.id,
      header: {
        title,
        kind: title.startsWith('Atelier') ? 'atelier' : 'ordinaire',
        mode,
        place:
          mode === 'presentiel' ? 'Rabat, salle de conférences du Département de la réforme de l’Administration' : '',
        videoTool: '',
        notes: '',
        status: 'adopte',
        dates: [{ date, startTime: '10:00', endTime: '12:30' }],
      },
    })
    for (const e of m.attendance.slice(0, 14))
      await invoke(preview, 'attendance/set', {
        meetingId: m.id,
        personId: e.personId,
        status: 'present',
        representedBy: '',
      })
  }
  const meeting = await invoke(preview, 'meetings/create', {
    committeeId: committee.id,
    header: {
      title: releve20200715.title,
      kind: 'ordinaire',
      mode: 'distance',
      place: '',
      videoTool: 'Visioconférence (Zoom)',
      notes: '',
      status: 'brouillon',
      dates: [{ date: '2020-07-15', startTime: '10:00', endTime: '13:00' }],
    },
  })
  for (const e of meeting.attendance)
    await invoke(preview, 'attendance/set', {
      meetingId: meeting.id,
      personId: e.personId,
      status: 'present',
      representedBy: '',
    })
  const agendaIds: number[] = []
  for (const [index, title] of agendaTitles2020.entries()) {
    const discussion = index === 0 ? engagementsTable() : releve20200715.agenda[index]?.discussion
    const item = await invoke(preview, 'agenda/save', {
      meetingId: meeting.id,
      title,
      presenter: index === 2 ? 'NDI' : 'DRA',
      standing: index === 0,
      ...(discussion ? { discussion } : {}),
    })
    agendaIds.push(item.id)
  }
  for (const [index, texts] of decisions2020.entries()) {
    for (const text of texts)
      await invoke(preview, 'decisions/save', { meetingId: meeting.id, agendaItemId: agendaIds[index] ?? null, text })
  }
  for (const step of releve20200715.nextSteps) {
    await invoke(preview, 'nextSteps/save', {
      meetingId: meeting.id,
      text: step.text,
      responsiblePersonId: null,
      responsibleOrganisationId: null,
      responsibleText: step.text.includes('NDI') ? 'DRA et NDI' : 'Secrétariat du COPIL',
      dueText: step.due,
      status: 'a_faire',
    })
  }
  return invoke(preview, 'meetings/get', { id: meeting.id })
}
