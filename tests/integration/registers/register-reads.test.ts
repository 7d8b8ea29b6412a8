import { describe, expect, it } from 'vitest'
import { startTestServices, snapshotCounts } from '../../helpers/services'
import { call, insertCommittee } from '../plan/helpers'
import type { StartedApp } from '../../../main/bootstrap'

async function meeting(app: StartedApp, committeeId: number, date: string) {
  return call(app, 'meetings/create', {
    committeeId,
    header: { title: `Réunion du ${date}`, kind: 'ordinaire', mode: 'presentiel', dates: [{ date }] },
  })
}

/** Every table's row count, the history's last id and the connection's change counter. */
function state(app: StartedApp) {
  const db = app.ctx.db
  return {
    counts: snapshotCounts(app),
    register: db.prepare('SELECT decision_id, committee_id, year, seq, frozen, status FROM decision_register ORDER BY decision_id').all(),
    lastHistory: db.prepare('SELECT max(id) FROM history').pluck().get(),
    changes: db.prepare('SELECT total_changes()').pluck().get(),
  }
}

describe('reading the registers writes nothing', () => {
  it('numbers a decision when it is saved, and a read of « Décisions » or « Actions » leaves the database unchanged', async () => {
    const app = startTestServices()
    const copil = insertCommittee(app, 'Comité de pilotage')
    const july = await meeting(app, copil, '2020-07-15')
    const march = await meeting(app, copil, '2020-03-02')
    await call(app, 'decisions/save', { meetingId: july.id, agendaItemId: null, text: 'Juillet A' })
    await call(app, 'nextSteps/save', { meetingId: july.id, text: 'Envoyer le relevé' })
    // An earlier meeting's decision takes number 1: the July one moves to 2 at this write, not at a read.
    await call(app, 'decisions/save', { meetingId: march.id, agendaItemId: null, text: 'Mars A' })

    const before = state(app)
    const register = await call(app, 'decisions/register', { filter: {} })
    expect(register.rows.map((d) => `${d.number ?? '-'} ${d.summary}`)).toEqual(['D-2020-002 Juillet A', 'D-2020-001 Mars A'])
    expect((await call(app, 'actions/list', { filter: {} })).rows.map((a) => a.text)).toEqual(['Envoyer le relevé'])
    await call(app, 'actions/previous', { meetingId: july.id })
    expect(state(app)).toEqual(before)
  })

  it('renumbers at the writes that move numbers: a deletion, a re-dated meeting', async () => {
    const app = startTestServices()
    const copil = insertCommittee(app, 'Comité de pilotage')
    const july = await meeting(app, copil, '2020-07-15')
    const march = await meeting(app, copil, '2020-03-02')
    await call(app, 'decisions/save', { meetingId: july.id, agendaItemId: null, text: 'Juillet A' })
    const marchDecision = await call(app, 'decisions/save', { meetingId: march.id, agendaItemId: null, text: 'Mars A' })
    await call(app, 'decisions/delete', { id: marchDecision.id })
    const numbers = async () => (await call(app, 'decisions/register', { filter: {} })).rows.map((d) => `${d.number ?? '-'} ${d.summary}`)
    expect(await numbers()).toEqual(['D-2020-001 Juillet A'])
    await call(app, 'meetings/saveHeader', {
      id: july.id,
      header: { title: 'Réunion reportée', kind: 'ordinaire', mode: 'presentiel', dates: [{ date: '2021-01-12' }] },
    })
    expect(await numbers()).toEqual(['D-2021-001 Juillet A'])
  })
})
