import { describe, expect, it } from 'vitest'
import type { Meeting } from '../../../shared/domain/meetings'
import { attempt, call, demoWithNextMeeting } from './helpers'

const headerOf = (m: Meeting) => ({
  title: m.title,
  kind: m.kind,
  mode: m.mode,
  place: m.place,
  videoTool: m.videoTool,
  notes: m.notes,
  dates: m.dates,
})

const MESSAGE = /Le statut du relevé suit son cycle/

describe('the relevé’s status changes only through its lifecycle', () => {
  it('refuses « adopté » from the header of a draft, in French, and changes nothing (no lock, no version)', async () => {
    const { app, nextId } = await demoWithNextMeeting()
    const before = await call(app, 'meetings/get', { id: nextId })
    expect(before.status).toBe('brouillon')
    const refused = await attempt(app, 'meetings/saveHeader', {
      id: nextId,
      header: { ...headerOf(before), title: 'Titre changé en même temps', status: 'adopte' },
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(MESSAGE) } })
    const after = await call(app, 'meetings/get', { id: nextId })
    expect(after).toMatchObject({ status: 'brouillon', title: before.title, updatedAt: before.updatedAt })
    expect(await call(app, 'releve/lifecycle', { meetingId: nextId })).toMatchObject({
      stage: 'brouillon',
      locked: false,
      versions: [],
      markedAdoptedOnly: false,
    })
  })

  it('refuses « projet » from the header while an erratum is open, and saves a header that leaves the status alone', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    await call(app, 'releve/adopt', { meetingId, adoptedOn: '2020-10-02' })
    await call(app, 'releve/openErratum', { meetingId, reason: 'Coquille' })
    const open = await call(app, 'meetings/get', { id: meetingId })
    const refused = await attempt(app, 'meetings/saveHeader', { id: meetingId, header: { ...headerOf(open), status: 'brouillon' } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(MESSAGE) } })
    expect((await call(app, 'meetings/get', { id: meetingId })).status).toBe('adopte')

    // What the editor sends (no status) and the stored status itself are both accepted.
    await call(app, 'meetings/saveHeader', { id: meetingId, header: { ...headerOf(open), title: 'Titre corrigé' } })
    await call(app, 'meetings/saveHeader', { id: meetingId, header: { ...headerOf(open), title: 'Titre corrigé', status: 'adopte' } })
    expect(await call(app, 'meetings/get', { id: meetingId })).toMatchObject({ title: 'Titre corrigé', status: 'adopte' })
  })
})
