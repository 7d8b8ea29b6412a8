/**
 * A meeting's participants « par collège » or in « ordre protocolaire »: the order stored with the
 * meeting, set person by person, and read back from the PDF (pdftotext), the Word file's XML and
 * the workbook exported from the database.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import type { Side } from '../../../shared/domain/vocabulary'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { docxText } from '../../helpers/docx'
import { findInOrder, hasPoppler, normalize, pdfText } from '../../helpers/pdf'

type App = ReturnType<typeof startTestServices>

async function call<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

// Added in this order; « par collège » lists them administration first, then by surname.
const PEOPLE: { civility: 'Mme' | 'M.'; firstName: string; lastName: string; organisation: string; side: Side }[] = [
  {
    civility: 'Mme',
    firstName: 'Salma',
    lastName: 'Zahiri',
    organisation: 'Ministère de l’Intérieur',
    side: 'administration',
  },
  { civility: 'M.', firstName: 'Omar', lastName: 'Benali', organisation: 'Association Tafra', side: 'societe_civile' },
  { civility: 'Mme', firstName: 'Nadia', lastName: 'Alami', organisation: 'Banque mondiale', side: 'partenaire' },
  {
    civility: 'M.',
    firstName: 'Karim',
    lastName: 'Moussaoui',
    organisation: 'Direction du Budget',
    side: 'administration',
  },
]
const BY_COLLEGE = ['MOUSSAOUI', 'ZAHIRI', 'BENALI', 'ALAMI']
const PROTOCOL = ['BENALI', 'ZAHIRI', 'ALAMI', 'MOUSSAOUI']

async function meetingWithFour() {
  const app = startTestServices()
  const committee = await call(app, 'committees/save', { name: 'Comité de pilotage', acronym: 'COPIL' })
  const meeting = await call(app, 'meetings/create', {
    committeeId: committee.id,
    header: {
      title: 'Réunion du Comité de pilotage',
      kind: 'ordinaire',
      mode: 'presentiel',
      place: 'Rabat',
      videoTool: '',
      notes: '',
      status: 'brouillon',
      dates: [{ date: '2020-07-15', startTime: null, endTime: null }],
    },
  })
  const ids = new Map<string, number>()
  for (const p of PEOPLE) {
    const organisation = await call(app, 'organisations/save', { name: p.organisation, acronym: '', side: p.side })
    const person = await call(app, 'people/save', {
      civility: p.civility,
      firstName: p.firstName,
      lastName: p.lastName,
      function: '',
      email: '',
      phone: '',
      organisationId: organisation.id,
      confirmDuplicate: false,
    })
    ids.set(p.lastName.toUpperCase(), person.id)
    await call(app, 'attendance/set', {
      meetingId: meeting.id,
      personId: person.id,
      status: 'present',
      representedBy: '',
    })
  }
  const idsOf = (names: readonly string[]) => names.map((n) => ids.get(n) ?? 0)
  return { app, meetingId: meeting.id, idsOf }
}

const surnames = async (app: App, meetingId: number) =>
  (await call(app, 'meetings/get', { id: meetingId })).attendance.map((a) => a.lastName.toUpperCase())

async function exported(app: App, meetingId: number, format: 'pdf' | 'docx' | 'xlsx'): Promise<Buffer> {
  const result = await call(app, 'exports/releve', { meetingId, format })
  if (result.kind !== 'download') throw new Error('expected a download')
  const file = app.downloads.take(result.id)
  if (!file) throw new Error('no file')
  return Buffer.from(file.content)
}

async function workbookSurnames(bytes: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('Participants')
  const header = (sheet?.getRow(1).values as unknown[]) ?? []
  const column = header.indexOf('Nom')
  const names: string[] = []
  sheet?.eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(column).value))
  })
  return names
}

describe('the participants’ order of a meeting', () => {
  it('is « par collège » by default; « ordre protocolaire » lists people as added, then as reordered', async () => {
    const { app, meetingId, idsOf } = await meetingWithFour()
    expect((await call(app, 'meetings/get', { id: meetingId })).participantOrder).toBe('college')
    expect(await surnames(app, meetingId)).toEqual(BY_COLLEGE)

    await call(app, 'participants/setOrder', { meetingId, order: 'protocol' })
    expect((await call(app, 'meetings/get', { id: meetingId })).participantOrder).toBe('protocol')
    expect(await surnames(app, meetingId)).toEqual(['ZAHIRI', 'BENALI', 'ALAMI', 'MOUSSAOUI'])

    await call(app, 'participants/reorder', { meetingId, personIds: idsOf(PROTOCOL) })
    expect(await surnames(app, meetingId)).toEqual(PROTOCOL)
    // Back to « par collège » and again to « ordre protocolaire »: the order set is kept.
    await call(app, 'participants/setOrder', { meetingId, order: 'college' })
    expect(await surnames(app, meetingId)).toEqual(BY_COLLEGE)
    await call(app, 'participants/setOrder', { meetingId, order: 'protocol' })
    expect(await surnames(app, meetingId)).toEqual(PROTOCOL)
  })

  it('puts a person added later at the end of the protocol order', async () => {
    const { app, meetingId, idsOf } = await meetingWithFour()
    await call(app, 'participants/setOrder', { meetingId, order: 'protocol' })
    await call(app, 'participants/reorder', { meetingId, personIds: idsOf(PROTOCOL) })
    const person = await call(app, 'people/save', {
      civility: 'Mme',
      firstName: 'Leila',
      lastName: 'Amrani',
      function: '',
      email: '',
      phone: '',
      organisationId: null,
      confirmDuplicate: false,
    })
    await call(app, 'attendance/set', { meetingId, personId: person.id, status: 'invite', representedBy: '' })
    expect(await surnames(app, meetingId)).toEqual([...PROTOCOL, 'AMRANI'])
  })

  it('carries the choice and the protocol order to the meeting prepared from this one, newcomers last', async () => {
    const app = startTestServices()
    const committee = await call(app, 'committees/save', { name: 'Comité de pilotage', acronym: 'COPIL' })
    const member = async (p: (typeof PEOPLE)[number]) => {
      const organisation = await call(app, 'organisations/save', { name: p.organisation, acronym: '', side: p.side })
      const person = await call(app, 'people/save', {
        civility: p.civility,
        firstName: p.firstName,
        lastName: p.lastName,
        function: '',
        email: '',
        phone: '',
        organisationId: organisation.id,
        confirmDuplicate: false,
      })
      await call(app, 'memberships/save', { committeeId: committee.id, personId: person.id, role: 'titulaire' })
      return person.id
    }
    const ids = new Map<string, number>()
    for (const p of PEOPLE.slice(0, 3)) ids.set(p.lastName.toUpperCase(), await member(p))
    const first = await call(app, 'meetings/create', {
      committeeId: committee.id,
      header: {
        title: 'Réunion du Comité de pilotage',
        kind: 'ordinaire',
        mode: 'presentiel',
        place: 'Rabat',
        videoTool: '',
        notes: '',
        status: 'brouillon',
        dates: [{ date: '2020-07-15', startTime: null, endTime: null }],
      },
    })
    await call(app, 'participants/setOrder', { meetingId: first.id, order: 'protocol' })
    const order = ['ALAMI', 'ZAHIRI', 'BENALI']
    await call(app, 'participants/reorder', { meetingId: first.id, personIds: order.map((n) => ids.get(n) ?? 0) })
    const newcomer = PEOPLE[3]
    if (newcomer) await member(newcomer)

    const next = await call(app, 'meetings/createFromPrevious', {
      previousId: first.id,
      dates: [{ date: '2020-10-14', startTime: null, endTime: null }],
    })
    expect(next.participantOrder).toBe('protocol')
    expect(await surnames(app, next.id)).toEqual([...order, 'MOUSSAOUI'])
  })

  it('refuses a stale or partial order in French and changes nothing', async () => {
    const { app, meetingId, idsOf } = await meetingWithFour()
    await call(app, 'participants/setOrder', { meetingId, order: 'protocol' })
    const before = await call(app, 'meetings/get', { id: meetingId })
    for (const personIds of [
      idsOf(PROTOCOL.slice(0, 3)),
      [...idsOf(PROTOCOL), 999],
      [...idsOf(PROTOCOL.slice(0, 3)), idsOf(PROTOCOL)[0] ?? 0],
    ]) {
      const result = await app.dispatcher.dispatch('participants/reorder', { meetingId, personIds })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', message: expect.stringMatching(/rechargez la réunion/u) },
      })
    }
    const order = await app.dispatcher.dispatch('participants/setOrder', {
      meetingId,
      order: 'alphabetique' as 'college',
    })
    expect(order).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const missing = await app.dispatcher.dispatch('participants/setOrder', { meetingId: 999, order: 'college' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await call(app, 'meetings/get', { id: meetingId })).toEqual(before)
  })

  it.skipIf(!hasPoppler)('is the order of the PDF, by side or protocol', async () => {
    const { app, meetingId, idsOf } = await meetingWithFour()
    const text = async () => {
      const file = join(tempDir(), 'releve.pdf')
      writeFileSync(file, await exported(app, meetingId, 'pdf'))
      return normalize(pdfText(file, { mode: 'raw' }))
    }
    const college = await text()
    expect(
      findInOrder(college, [
        'Administrations publiques',
        ...BY_COLLEGE.slice(0, 2),
        'Société civile',
        'BENALI',
        'ALAMI',
      ]).missing,
    ).toBeUndefined()
    await call(app, 'participants/setOrder', { meetingId, order: 'protocol' })
    await call(app, 'participants/reorder', { meetingId, personIds: idsOf(PROTOCOL) })
    const protocol = await text()
    expect(
      findInOrder(
        protocol,
        PROTOCOL.map((n) => ` ${n}`),
      ).missing,
    ).toBeUndefined()
    expect(
      findInOrder(
        protocol,
        BY_COLLEGE.map((n) => ` ${n}`),
      ).missing,
    ).toBeDefined()
    // One list: no side headings in protocol order.
    expect(protocol).not.toContain('Administrations publiques')
  })

  it('is the order of the Word file and of the workbook', async () => {
    const { app, meetingId, idsOf } = await meetingWithFour()
    expect(await workbookSurnames(await exported(app, meetingId, 'xlsx'))).toEqual(BY_COLLEGE)
    const wordCollege = await docxText(await exported(app, meetingId, 'docx'))
    expect(findInOrder(wordCollege, BY_COLLEGE).missing).toBeUndefined()

    await call(app, 'participants/setOrder', { meetingId, order: 'protocol' })
    await call(app, 'participants/reorder', { meetingId, personIds: idsOf(PROTOCOL) })
    expect(await workbookSurnames(await exported(app, meetingId, 'xlsx'))).toEqual(PROTOCOL)
    const word = await docxText(await exported(app, meetingId, 'docx'))
    expect(findInOrder(word, PROTOCOL).missing).toBeUndefined()
    expect(findInOrder(word, BY_COLLEGE).missing).toBeDefined()
  })
})
