import { describe, expect, it } from 'vitest'
import { startTestServices, snapshotCounts } from '../../helpers/services'
import { call, insertCommittee, refused } from '../plan/helpers'
import type { StartedApp } from '../../../main/bootstrap'
import { listActions } from '../../../main/db/repos/registers/action-list'

async function meeting(app: StartedApp, committeeId: number, date: string) {
  return call(app, 'meetings/create', {
    committeeId,
    header: { title: `Réunion du ${date}`, kind: 'ordinaire', mode: 'presentiel', dates: [{ date }] },
  })
}

async function step(
  app: StartedApp,
  meetingId: number,
  text: string,
  dueText = '',
  extra: { responsiblePersonId?: number; responsibleOrganisationId?: number } = {},
) {
  return call(app, 'nextSteps/save', { meetingId, text, dueText, ...extra })
}

describe('actions follow-up', () => {
  it('shows the open actions of earlier meetings at the next meeting, and records the follow-up there', async () => {
    const app = startTestServices()
    const copil = insertCommittee(app)
    const other = insertCommittee(app)
    const july = await meeting(app, copil, '2020-07-15')
    const october = await meeting(app, copil, '2020-10-07')
    const december = await meeting(app, copil, '2020-12-09')
    const elsewhere = await meeting(app, other, '2020-08-01')
    const webinars = await step(app, july.id, 'Planification des webinaires', '11 septembre 2020')
    const platform = await step(app, july.id, 'Lancement de la plateforme', 'fin septembre 2020')
    const done = await call(app, 'nextSteps/save', { meetingId: july.id, text: 'Envoi du relevé', status: 'fait' })
    await step(app, elsewhere.id, 'Action d’un autre comité')
    await step(app, october.id, 'Action d’octobre')

    // At October: July's two open actions, not the one done, not another committee's, not October's own.
    const atOctober = await call(app, 'actions/previous', { meetingId: october.id })
    expect(atOctober.map((p) => [p.action.text, p.statusBefore, p.followUp])).toEqual([
      ['Planification des webinaires', 'a_faire', null],
      ['Lancement de la plateforme', 'a_faire', null],
    ])
    expect(atOctober.map((p) => p.action.id)).not.toContain(done.id)

    // Recorded at October: the webinars are done, the platform postponed.
    const recorded = await call(app, 'actions/followUp', {
      meetingId: october.id,
      actionId: webinars.id,
      status: 'fait',
      note: 'Trois webinaires tenus',
    })
    expect(recorded.followUp).toMatchObject({
      status: 'fait',
      note: 'Trois webinaires tenus',
      date: '2020-10-07',
      meeting: { id: october.id },
    })
    await call(app, 'actions/followUp', {
      meetingId: october.id,
      actionId: platform.id,
      status: 'reporte',
      note: 'Prestataire en retard',
    })
    // Recorded again at the same meeting: the same row is updated.
    await call(app, 'actions/followUp', {
      meetingId: october.id,
      actionId: platform.id,
      status: 'reporte',
      note: 'Prestataire choisi, lancement en janvier',
    })
    expect(app.ctx.db.prepare('SELECT count(*) FROM action_follow_ups').pluck().get()).toBe(2)

    // October's relevé keeps both (one closed there); December only gets the one still open, and October's own.
    expect(
      (await call(app, 'actions/previous', { meetingId: october.id })).map((p) => [p.action.text, p.followUp?.status]),
    ).toEqual([
      ['Planification des webinaires', 'fait'],
      ['Lancement de la plateforme', 'reporte'],
    ])
    const atDecember = await call(app, 'actions/previous', { meetingId: december.id })
    expect(atDecember.map((p) => [p.action.text, p.statusBefore, p.followUp])).toEqual([
      ['Lancement de la plateforme', 'reporte', null],
      ['Action d’octobre', 'a_faire', null],
    ])
    expect(atDecember[0]!.action.followUps.map((f) => f.note)).toEqual(['Prestataire choisi, lancement en janvier'])

    // An action of a later meeting, or of another committee, cannot be followed up here: French, nothing written.
    const before = snapshotCounts(app)
    const later = await refused(app, 'actions/followUp', { meetingId: july.id, actionId: platform.id, status: 'fait' })
    expect(later).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('réunion antérieure du même comité'),
    })
    const foreign = (await call(app, 'actions/list', { filter: { meetingId: elsewhere.id } })).rows[0]!
    await refused(app, 'actions/followUp', { meetingId: december.id, actionId: foreign.id, status: 'fait' })
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('lists actions overdue first with owner, period, status now and dated notes', async () => {
    const app = startTestServices()
    const copil = insertCommittee(app)
    const org = await call(app, 'organisations/save', {
      name: 'Ministère de la Transition numérique',
      acronym: 'MTN',
      side: 'administration',
    })
    const person = await call(app, 'people/save', {
      civility: 'Mme',
      firstName: 'Amina',
      lastName: 'Bennani',
      organisationId: org.id,
    })
    const july = await meeting(app, copil, '2020-07-15')
    const late = await step(app, july.id, 'Action en retard', 'fin juillet 2020', {
      responsiblePersonId: person.id,
      responsibleOrganisationId: org.id,
    })
    const future = await step(app, july.id, 'Action à venir', 'décembre 2099')
    const undated = await step(app, july.id, 'Action sans échéance')
    const cancelled = await step(app, july.id, 'Action annulée', 'août 2020')
    await call(app, 'actions/addNote', {
      actionId: cancelled.id,
      status: 'annule',
      note: 'Sans objet',
      date: '2020-08-03',
    })
    const noted = await call(app, 'actions/addNote', {
      actionId: future.id,
      status: 'en_cours',
      note: 'Cahier des charges rédigé',
      date: '2020-09-01',
    })
    expect(noted).toMatchObject({
      status: 'en_cours',
      followUps: [{ date: '2020-09-01', status: 'en_cours', note: 'Cahier des charges rédigé', meeting: null }],
    })

    const page = listActions(app.ctx.db, {}, '2021-01-01')
    expect(page.rows.map((a) => [a.text, a.status, a.overdue])).toEqual([
      ['Action en retard', 'a_faire', true],
      ['Action à venir', 'en_cours', false],
      ['Action sans échéance', 'a_faire', false],
      ['Action annulée', 'annule', false],
    ])
    expect(page).toMatchObject({ total: 4, openCount: 3, overdueCount: 1 })
    expect(page.rows[0]).toMatchObject({
      owner: {
        personId: person.id,
        organisationId: org.id,
        label: 'Mme Amina BENNANI, Ministère de la Transition numérique (MTN)',
      },
      due: 'fin juillet 2020',
      dueEnd: '2020-07-31',
    })
    expect(listActions(app.ctx.db, { overdueOnly: true }, '2021-01-01').rows.map((a) => a.id)).toEqual([late.id])
    expect(listActions(app.ctx.db, { openOnly: true }, '2021-01-01').rows.map((a) => a.id)).toEqual([
      late.id,
      future.id,
      undated.id,
    ])
    expect(listActions(app.ctx.db, { status: 'annule' }).rows.map((a) => a.id)).toEqual([cancelled.id])
  })
})
