import { describe, expect, it } from 'vitest'
import { buildReleve } from '../../../main/services/releve/build-releve'
import { canonicalReleve } from '../../../shared/lifecycle/canonical'
import { attempt, call, demoWithNextMeeting } from '../lifecycle/helpers'

describe('the language of a meeting’s relevé', () => {
  it('is French by default, stored as Arabic when chosen, carried to the next meeting and given to the exports', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    expect((await call(app, 'meetings/get', { id: meetingId })).language).toBe('fr')
    const french = await buildReleve(app.ctx, meetingId)
    // A French relevé does not name its language: its canonical text is the one before languages existed.
    expect(french.language).toBeUndefined()
    expect(canonicalReleve(meetingId, french)).not.toContain('"language"')

    await call(app, 'meetings/setLanguage', { id: meetingId, language: 'ar' })
    expect((await call(app, 'meetings/get', { id: meetingId })).language).toBe('ar')
    expect((await buildReleve(app.ctx, meetingId)).language).toBe('ar')
    const next = await call(app, 'meetings/createFromPrevious', { previousId: meetingId, dates: [{ date: '2021-01-14' }] })
    expect(next.language).toBe('ar')

    await call(app, 'meetings/setLanguage', { id: meetingId, language: 'fr' })
    expect((await call(app, 'meetings/get', { id: meetingId })).language).toBe('fr')
    app.close()
  })

  it('refuses an unknown language with a French message and changes nothing', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    const refused = await attempt(app, 'meetings/setLanguage', { id: meetingId, language: 'en' } as never)
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Langue du relevé inconnue : choisissez français ou arabe/u) },
    })
    expect((await call(app, 'meetings/get', { id: meetingId })).language).toBe('fr')
    app.close()
  })

  it('is content of an adopted relevé: changing it is refused in French and the adopted version keeps its language', async () => {
    const { app, meetingId } = await demoWithNextMeeting()
    await call(app, 'meetings/setLanguage', { id: meetingId, language: 'ar' })
    await call(app, 'releve/adopt', { meetingId })
    const refused = await attempt(app, 'meetings/setLanguage', { id: meetingId, language: 'fr' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Ce relevé est adopté : il ne peut plus être modifié/u) } })
    expect((await call(app, 'meetings/get', { id: meetingId })).language).toBe('ar')
    // The adopted version is printed from its canonical text, in the language it was adopted in.
    expect((await buildReleve(app.ctx, meetingId)).language).toBe('ar')
    // Below the services too: the database trigger refuses the column.
    expect(() => app.ctx.db.prepare("UPDATE meetings SET language = 'fr' WHERE id = ?").run(meetingId)).toThrow(/COPIL_RELEVE_LOCKED/u)
    app.close()
  })
})
