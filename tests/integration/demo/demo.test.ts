import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import { fail } from '../../../shared/api/result'
import { parsePeriod } from '../../../shared/period'
import { richToPlainText } from '../../../shared/domain/rich-text'
import { clearDatabaseContent, isDatabaseEmpty } from '../../../main/demo/database-state'
import { loadDemoIntoEmptyDatabase } from '../../../main/demo/load-demo'
import { snapshotCounts, startTestServices } from '../../helpers/services'

type App = ReturnType<typeof startTestServices>

async function call<C extends ChannelName>(app: App, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

async function loaded() {
  const app = startTestServices()
  const ids = await call(app, 'demo/load', {})
  return { app, ...ids }
}

describe('the built-in example (COPIL of 15 July 2020)', () => {
  it('is offered on a fresh database and no longer once loaded', async () => {
    const app = startTestServices()
    expect(await call(app, 'demo/status', {})).toEqual({ empty: true, startedEmpty: false })
    await call(app, 'demo/load', {})
    expect(await call(app, 'demo/status', {})).toEqual({ empty: false, startedEmpty: false })
  })

  it('holds the meeting as the relevé reads: 20 participants present, 4 agenda items, decisions, 6 next steps', async () => {
    const { app, meetingId } = await loaded()
    const meeting = await call(app, 'meetings/get', { id: meetingId })
    expect(meeting).toMatchObject({
      title: 'Réunion du Comité de pilotage',
      committeeName: 'Comité de pilotage du Gouvernement Ouvert',
      kind: 'ordinaire',
      mode: 'distance',
      videoTool: '',
      status: 'adopte',
      dates: [{ date: '2020-07-15', startTime: null, endTime: null }],
    })
    expect(meeting.attendance).toHaveLength(20)
    expect(meeting.attendance.every((a) => a.status === 'present')).toBe(true)
    const bySide = meeting.attendance.reduce<Record<string, number>>(
      (acc, a) => ({ ...acc, [a.side ?? '']: (acc[a.side ?? ''] ?? 0) + 1 }),
      {},
    )
    expect(bySide).toEqual({ administration: 9, societe_civile: 8, partenaire: 2, expert: 1 })
    expect(meeting.attendance.find((a) => a.lastName === 'NECH-NACH')).toMatchObject({
      organisationName: 'OCDE',
      function: 'Consultant',
    })

    expect(meeting.agenda.map((a) => a.title)).toEqual([
      'Etat d’avancement de la mise en œuvre du plan d’action national 2018-2020 et replanification des activités non complétées tenant comptes des nouveaux délais accordés',
      'Adaptation du processus de co-création du plan d’action national 2020-2022 tenant compte de la pandémie du covid-19',
      'Proposition de programme d’assistance du National Democratic Institute et modalité de mise en œuvre',
      'Programmation des prochaines étapes',
    ])
    const coCreation = JSON.stringify(meeting.agenda[1]?.discussion)
    expect(coCreation).toContain('Compagne de communication digitale')
    expect(meeting.agenda[1]?.discussion.content?.[0]?.type).toBe('bulletList')

    const perItem = meeting.agenda.map((a) => meeting.decisions.filter((d) => d.agendaItemId === a.id).length)
    expect(perItem).toEqual([1, 5, 2, 0])
    // As the relevé writes them: short block headings, and the « NB » paragraph a note, not a decision.
    expect(meeting.agenda.map((a) => a.decisionsHeading)).toEqual([
      'Mise en œuvre du PAN 2018-2020',
      'Nouveau processus de co-création du 2ème PAN',
      'Programme d’appui proposé par NDI',
      '',
    ])
    expect(meeting.decisions.filter((d) => d.note).map((d) => richToPlainText(d.body).split('\n')[0])).toEqual([
      'NB : Une réunion préparatoire des webinaires sera organisée avec les représentants de la société civile au comité de pilotage,',
    ])
    const plain = meeting.decisions.map((d) => richToPlainText(d.body))
    expect(plain.find((text) => text.startsWith('Collecte des propositions'))).toContain(
      '\n• Mise en place d’une plateforme électronique de collecte des idées et propositions en ligne\n',
    )
    expect(meeting.nextSteps.map((s) => s.dueText)).toEqual([
      'fin juillet 2020',
      '07/09/2020 à 10h',
      '11/09/2020',
      '2ème semaine de septembre 2020',
      '3ème & 4ème semaine de septembre 2020',
      'fin Septembre 2020',
    ])
  })

  it('stores « 07/09/2020 à 10h » as a day with its time', async () => {
    const { app, meetingId } = await loaded()
    const stored = app.ctx.db
      .prepare('SELECT due_period FROM next_steps WHERE meeting_id = ? AND due_text = ?')
      .pluck()
      .get(meetingId, '07/09/2020 à 10h') as string
    expect(JSON.parse(stored)).toEqual({ kind: 'day', date: '2020-09-07', time: '10:00' })
  })

  it('holds the committee with its members and their roles', async () => {
    const { app } = await loaded()
    const [committee] = await call(app, 'committees/list', {})
    const detail = await call(app, 'committees/get', { id: committee?.id ?? 0 })
    expect(detail).toMatchObject({ name: 'Comité de pilotage du Gouvernement Ouvert', acronym: 'COPIL' })
    const roles = detail.members.reduce<Record<string, number>>(
      (acc, m) => ({ ...acc, [m.role]: (acc[m.role] ?? 0) + 1 }),
      {},
    )
    expect(roles).toEqual({ secretariat: 2, titulaire: 15, observateur: 3 })
  })

  it('holds the plan 2018-2020: 5 axes, 18 engagements, engagement 7 at 24 %', async () => {
    const { app, planId } = await loaded()
    const overview = await call(app, 'plans/overview', { planId })
    expect(overview.plan.title).toBe('Plan d’action national 2018-2020')
    expect(overview.axes.map((a) => a.title)).toEqual([
      'Accès à l’information',
      'Intégrité et lutte contre la corruption',
      'Transparence budgétaire',
      'Participation citoyenne',
      'Communication et sensibilisation sur le gouvernement ouvert',
    ])
    const engagements = overview.axes.flatMap((a) => a.engagements)
    expect(engagements.map((e) => e.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1))
    expect(overview.headline.activityCount).toBe(79)
    const percents = Object.fromEntries(engagements.map((e) => [e.number, e.percent]))
    // prettier-ignore
    expect(percents).toEqual({ 1: 100, 2: 100, 3: 70, 4: 72, 5: 100, 6: 89, 7: 24, 8: 100, 9: 88, 10: 93, 11: 98, 12: 100, 13: 14, 14: 26, 15: 63, 16: 100, 17: 83, 18: 48 })
    const seven = engagements.find((e) => e.number === 7)
    expect(seven).toMatchObject({ percent: 24, source: 'declared', title: 'Mise en place d’un portail d’intégrité' })
  })

  it('records each « nouvelle planification » of an activity as a replan of the meeting', async () => {
    const { app, meetingId } = await loaded()
    const replans = await call(app, 'replans/list', { meetingId })
    expect(replans).toHaveLength(25)
    expect(replans.every((r) => r.meeting?.id === meetingId && r.date === '2020-07-15')).toBe(true)

    const training = replans.find(
      (r) => r.engagement.number === 3 && r.activity.title === 'Mise en œuvre du plan de formation',
    )
    expect(training).toMatchObject({
      kind: 'replanifiee',
      next: { text: '19-27 octobre 2020', start: '2020-10-19', end: '2020-10-27' },
    })
    expect(parsePeriod(training?.next.text ?? '')).toEqual({
      ok: true,
      period: { kind: 'days', start: '2020-10-19', end: '2020-10-27' },
    })

    const archives = replans.find(
      (r) => r.engagement.number === 3 && r.activity.title === 'Structuration de la gestion des archives',
    )
    expect(archives?.kind).toBe('depend_tiers')

    const fourteen = replans
      .filter((r) => r.engagement.number === 14)
      .map((r) => r.kind)
      .sort()
    expect(fourteen).toEqual(['annulee', 'sans_visibilite', 'sans_visibilite'])
    expect(replans.filter((r) => r.engagement.number === 7)).toHaveLength(4)
  })

  it('shows the engagement table of the meeting with its texts as written', async () => {
    const { app, meetingId, planId } = await loaded()
    const plan = await call(app, 'meetingPlan/get', { meetingId, planId })
    const three = plan.engagements.find((e) => e.number === 3)
    expect(three?.entry).toMatchObject({
      percent: 70,
      replanning: expect.stringContaining('Mise en œuvre du plan de formation pour les 4 groupes : 19-27 octobre 2020'),
    })
    expect(plan.engagements.find((e) => e.number === 14)?.entry.replanning.split('\n')).toHaveLength(4)
  })

  it('exports at once: the PDF holds the 20 participants and the 18 engagement rows', async () => {
    const { app, meetingId } = await loaded()
    const delivery = await call(app, 'exports/releve', { meetingId, format: 'pdf' })
    const file = delivery.kind === 'download' ? app.downloads.take(delivery.id) : undefined
    expect(file?.fileName).toMatch(/\.pdf$/)
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: file?.content })
      .toString('utf8')
      .replace(/\s+/g, ' ')
    for (const name of ['Sarah LAMRANI', 'Houda BOUIHI', 'Saâd BENKIRANE', 'Slobodan MILIC', 'Tarik NECH-NACH']) {
      expect(text.toUpperCase()).toContain(name.toUpperCase())
    }
    const meeting = await call(app, 'meetings/get', { id: meetingId })
    for (const person of meeting.attendance) expect(text.toUpperCase()).toContain(person.lastName.toUpperCase())
    const rows = [...text.matchAll(/ (\d{1,2}) (?:Avancement (\d+) %|Engagement complété \((100) %\))/g)]
    expect(rows.map((m) => Number(m[1]))).toEqual(Array.from({ length: 18 }, (_, i) => i + 1))
    expect(rows.find((m) => m[1] === '7')?.[2]).toBe('24')
    expect(text).toContain('19-27 octobre 2020')
    expect(text).toContain('Réunion à distance par visioconférence Référence')
  })

  it('refuses to load into a database that holds data, changing nothing', async () => {
    const { app } = await loaded()
    const before = snapshotCounts(app)
    const result = await app.dispatcher.dispatch('demo/load', {})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/base vide/) },
    })
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('can be emptied again whole, despite the ON DELETE RESTRICT links, keeping the preferences', async () => {
    const { app } = await loaded()
    await call(app, 'settings/save', { letterhead: ['Royaume du Maroc'], logoBase64: null })
    clearDatabaseContent(app.ctx.db)
    expect(isDatabaseEmpty(app.ctx.db)).toBe(true)
    const counts = snapshotCounts(app)
    expect(Object.entries(counts).filter(([table, n]) => table !== 'settings' && n > 0)).toEqual([])
    expect((await call(app, 'settings/get', {})).letterhead).toEqual(['Royaume du Maroc'])
    expect(await call(app, 'demo/status', {})).toEqual({ empty: true, startedEmpty: false })
  })

  it('leaves the database empty when a call fails midway, and names the channel', async () => {
    const app = startTestServices()
    const failing = {
      dispatch: (channel: string, input: unknown) =>
        channel === 'agenda/save'
          ? Promise.resolve(fail({ code: 'INVALID_INPUT', message: 'Titre trop long.' }))
          : app.dispatcher.dispatch(channel, input),
    }
    await expect(loadDemoIntoEmptyDatabase(() => app.ctx.db, failing)).rejects.toThrow(/agenda\/save.*Titre trop long/)
    expect(isDatabaseEmpty(app.ctx.db)).toBe(true)
    expect(Object.values(snapshotCounts(app)).every((n) => n === 0)).toBe(true)
  })
})
