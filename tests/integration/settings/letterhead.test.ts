import { describe, expect, it } from 'vitest'
import { buildReleve } from '../../../main/services/releve/build-releve'
import { startTestServices } from '../../helpers/services'

const LINES = ['Royaume du Maroc', 'Ministère de l’Économie et des Finances', 'Département de la Réforme de l’Administration']

describe('the letterhead in Paramètres', () => {
  it('keeps three lines in order, trimmed, and gives them back', async () => {
    const app = startTestServices()
    const saved = await app.dispatcher.dispatch('settings/save', { letterhead: LINES.map((l) => `  ${l} `), logoBase64: null })
    expect(saved).toMatchObject({ ok: true, value: { letterhead: LINES, logoDataUrl: null } })
    expect(await app.dispatcher.dispatch('settings/get', {})).toMatchObject({ ok: true, value: { letterhead: LINES } })
  })

  it('keeps a blank line between two others in its place and drops blank lines at the end', async () => {
    const app = startTestServices()
    await app.dispatcher.dispatch('settings/save', { letterhead: ['Royaume du Maroc', '', 'Département', ' '], logoBase64: null })
    expect(await app.dispatcher.dispatch('settings/get', {})).toMatchObject({ value: { letterhead: ['Royaume du Maroc', '', 'Département'] } })
    await app.dispatcher.dispatch('settings/save', { letterhead: ['', '', ''], logoBase64: null })
    expect(await app.dispatcher.dispatch('settings/get', {})).toMatchObject({ value: { letterhead: [] } })
  })

  it('refuses a fourth line in French and changes nothing', async () => {
    const app = startTestServices()
    await app.dispatcher.dispatch('settings/save', { letterhead: LINES, logoBase64: null })
    const refused = await app.dispatcher.dispatch('settings/save', { letterhead: [...LINES, 'Division des études'], logoBase64: null })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'L’en-tête compte au plus 3 lignes ; 4 ont été saisies. Rien n’a été enregistré.' },
    })
    expect(await app.dispatcher.dispatch('settings/get', {})).toMatchObject({ value: { letterhead: LINES } })
  })

  it('refuses a line too long in French, naming the line and its length, and changes nothing, logo included', async () => {
    const app = startTestServices()
    await app.dispatcher.dispatch('settings/save', { letterhead: LINES, logoBase64: null })
    const long = 'Ministère '.repeat(13).trim()
    const refused = await app.dispatcher.dispatch('settings/save', {
      letterhead: ['Royaume du Maroc', long],
      logoBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DwnwGMgRQAH+4D/dJQfRoAAAAASUVORK5CYII=',
    })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^La ligne 2 de l’en-tête compte 129 caractères : 120 au plus\./),
        fields: { 'letterhead.1': expect.any(String) },
      },
    })
    expect(await app.dispatcher.dispatch('settings/get', {})).toMatchObject({ value: { letterhead: LINES, logoDataUrl: null } })
  })

  it('prints the saved lines on the relevé built from the database', async () => {
    const app = startTestServices()
    const demo = await app.dispatcher.dispatch('demo/load', {})
    if (!demo.ok) throw new Error(demo.error.message)
    await app.dispatcher.dispatch('settings/save', { letterhead: LINES, logoBase64: null })
    expect((await buildReleve(app.ctx, (demo.value as { meetingId: number }).meetingId)).letterhead).toEqual(LINES)
  })
})
