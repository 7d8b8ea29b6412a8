import { describe, expect, it } from 'vitest'
import { richToPlainText } from '../../../shared/domain/rich-text'
import { attempt, call, demoWithNextMeeting } from './helpers'

describe('the relevé’s lifecycle: brouillon → diffusé → adopté', () => {
  it('starts as a draft, records its diffusion for comments, and refuses a deadline before the sending', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    expect(await call(app, 'releve/lifecycle', { meetingId })).toMatchObject({ stage: 'brouillon', locked: false, versions: [] })
    const refused = await attempt(app, 'releve/diffuse', { meetingId, sentOn: '2020-07-20', commentsDeadline: '2020-07-10' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/date limite des observations/) } })
    const diffused = await call(app, 'releve/diffuse', {
      meetingId,
      sentOn: '2020-07-20',
      recipients: 'Membres du COPIL',
      commentsDeadline: '2020-07-31',
    })
    expect(diffused).toMatchObject({
      stage: 'diffuse',
      circulation: { sentOn: '2020-07-20', recipients: 'Membres du COPIL', commentsDeadline: '2020-07-31' },
    })
  })

  it('offers « Approbation du relevé de la réunion du … » at the next meeting and records the adoption there as a decision', async () => {
    const { app, meetingId, nextId } = await demoWithNextMeeting()
    const offer = (await call(app, 'releve/lifecycle', { meetingId: nextId })).approvals
    expect(offer).toEqual([
      expect.objectContaining({ meetingId, agendaTitle: 'Approbation du relevé de la réunion du mercredi 15 juillet 2020', onAgenda: false }),
    ])
    await call(app, 'releve/offerApproval', { meetingId, atMeetingId: nextId })
    const adopted = await call(app, 'releve/adopt', { meetingId, atMeetingId: nextId })
    expect(adopted).toMatchObject({ stage: 'adopte', locked: true, version: 1 })
    expect(adopted.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(adopted.versions).toEqual([
      expect.objectContaining({ version: 1, adoptedOn: '2020-10-02', adoptedAtMeetingId: nextId, adoptedAtMeetingDate: '2020-10-02', reason: '' }),
    ])
    const next = await call(app, 'meetings/get', { id: nextId })
    const items = next.agenda.filter((a) => a.title === 'Approbation du relevé de la réunion du mercredi 15 juillet 2020')
    expect(items).toHaveLength(1)
    const decisions = next.decisions.filter((d) => d.agendaItemId === items[0]?.id).map((d) => richToPlainText(d.body))
    expect(decisions).toEqual(['Le relevé de la réunion du mercredi 15 juillet 2020 est adopté.'])
    // Adopted, it is no longer offered for approval.
    expect((await call(app, 'releve/lifecycle', { meetingId: nextId })).approvals).toEqual([])
    const meeting = await call(app, 'meetings/get', { id: meetingId })
    expect(meeting.status).toBe('adopte')
  })

  it('refuses an adopting meeting that is earlier, the same, or of another committee', async () => {
    const { app, meetingId, nextId } = await demoWithNextMeeting()
    const self = await attempt(app, 'releve/adopt', { meetingId, atMeetingId: meetingId })
    expect(self).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/autre réunion/) } })
    const earlier = await attempt(app, 'releve/adopt', { meetingId: nextId, atMeetingId: meetingId })
    expect(earlier).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/après la réunion du relevé/) } })
    expect(await call(app, 'releve/lifecycle', { meetingId })).toMatchObject({ locked: false, versions: [] })
  })

  it('locks an adopted meeting: adding a decision is refused with CONFLICT in French and changes nothing', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    await call(app, 'releve/adopt', { meetingId })
    const before = await call(app, 'meetings/get', { id: meetingId })
    const added = await attempt(app, 'decisions/save', { meetingId, text: 'Une décision ajoutée après l’adoption' })
    expect(added).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Ce relevé est adopté : il ne peut plus être modifié/) } })
    const header = await attempt(app, 'meetings/saveHeader', {
      id: meetingId,
      header: { title: 'Autre titre', kind: 'ordinaire', mode: 'distance', dates: [{ date: '2020-07-15' }] },
    })
    expect(header).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await attempt(app, 'meetings/delete', { id: meetingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await call(app, 'meetings/get', { id: meetingId })).toEqual(before)
    // A second adoption is refused too.
    expect(await attempt(app, 'releve/adopt', { meetingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/déjà adopté/) } })
  })

  it('keeps a next step’s follow-up status writable after adoption, but not its text', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    await call(app, 'releve/adopt', { meetingId })
    const step = (await call(app, 'meetings/get', { id: meetingId })).nextSteps[0]
    if (!step) throw new Error('the example has next steps')
    const same = {
      id: step.id,
      meetingId,
      text: step.text,
      responsiblePersonId: step.responsiblePersonId,
      responsibleOrganisationId: step.responsibleOrganisationId,
      responsibleText: step.responsibleText,
      dueText: step.dueText,
    }
    const done = await call(app, 'nextSteps/save', { ...same, status: 'fait' })
    expect(done.status).toBe('fait')
    const rewritten = await attempt(app, 'nextSteps/save', { ...same, text: 'Autre texte', status: 'fait' })
    expect(rewritten).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('corrects an adopted relevé by an erratum: version 2 with its reason, version 1 still readable, the change shown', async () => {
    const { app, meetingId, nextId } = await demoWithNextMeeting()
    const v1 = await call(app, 'releve/adopt', { meetingId, atMeetingId: nextId })
    const opened = await call(app, 'releve/openErratum', { meetingId, reason: 'Coquille dans le titre' })
    expect(opened).toMatchObject({ stage: 'erratum', locked: false, erratumReason: 'Coquille dans le titre' })
    // Nothing changed yet: adopting the erratum is refused.
    expect(await attempt(app, 'releve/adopt', { meetingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/ne change rien/) } })
    const meeting = await call(app, 'meetings/get', { id: meetingId })
    const header = { title: 'Réunion du Comité de pilotage (corrigé)', kind: meeting.kind, mode: meeting.mode, place: meeting.place, videoTool: meeting.videoTool, notes: meeting.notes, status: meeting.status, dates: meeting.dates }
    await call(app, 'meetings/saveHeader', { id: meetingId, header })
    const v2 = await call(app, 'releve/adopt', { meetingId, atMeetingId: nextId })
    expect(v2).toMatchObject({ version: 2, locked: true, stage: 'adopte' })
    expect(v2.fingerprint).not.toBe(v1.fingerprint)
    expect(v2.versions.map((v) => [v.version, v.reason])).toEqual([[1, ''], [2, 'Coquille dans le titre']])
    const first = await call(app, 'releve/version', { meetingId, version: 1 })
    expect(first.sections.header[0]).toBe('Réunion du Comité de pilotage')
    expect(first.fingerprint).toBe(v1.fingerprint)
    const diff = await call(app, 'releve/diff', { meetingId, from: 1, to: 2 })
    expect(diff.map((d) => d.section)).toEqual(['header'])
    expect(diff[0]?.lines.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Réunion du Comité de pilotage' },
      { kind: 'added', text: 'Réunion du Comité de pilotage (corrigé)' },
    ])
    const next = await call(app, 'meetings/get', { id: nextId })
    expect(next.decisions.map((d) => richToPlainText(d.body))).toContain(
      'L’erratum n° 2 au relevé de la réunion du mercredi 15 juillet 2020 est adopté (Coquille dans le titre).',
    )
    expect(await attempt(app, 'releve/version', { meetingId, version: 3 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses to unlock an adopted meeting, or to lock one, other than through the lifecycle, even in plain SQL', async () => {
    const { app, meetingId, nextId } = await demoWithNextMeeting()
    await call(app, 'releve/adopt', { meetingId })
    expect(() => app.ctx.db.prepare('UPDATE meetings SET locked = 0 WHERE id = ?').run(meetingId)).toThrow(/COPIL_RELEVE_LOCKED/)
    expect(() => app.ctx.db.prepare('UPDATE meetings SET locked = 1 WHERE id = ?').run(nextId)).toThrow(/COPIL_ADOPT_WITHOUT_VERSION/)
    expect(() => app.ctx.db.prepare('DELETE FROM releve_versions').run()).toThrow(/COPIL_RELEVE_LOCKED/)
    expect(() => app.ctx.db.prepare("UPDATE agenda_items SET title = 'x' WHERE meeting_id = ?").run(meetingId)).toThrow(/COPIL_RELEVE_LOCKED/)
  })
})
