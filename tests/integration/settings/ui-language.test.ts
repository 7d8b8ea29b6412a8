import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { startTestServices } from '../../helpers/services'
import { ar } from '../../../shared/i18n/ar'
import { setLanguage, t } from '../../../shared/i18n/translate'

const LINES = ['ا', 'ب', 'ج', 'د']

describe('the interface language chosen in Paramètres', () => {
  afterEach(() => setLanguage('fr'))

  it('is French until chosen, then Arabic, kept in the database', async () => {
    const app = startTestServices()
    expect(await app.dispatcher.dispatch('preferences/get', {})).toEqual({ ok: true, value: { language: 'fr' } })
    expect(await app.dispatcher.dispatch('preferences/setLanguage', { language: 'ar' })).toEqual({ ok: true, value: { language: 'ar' } })
    expect(await app.dispatcher.dispatch('preferences/get', {})).toEqual({ ok: true, value: { language: 'ar' } })
    const db = new Database(app.ctx.dbPath, { readonly: true })
    expect(db.prepare("SELECT value FROM settings WHERE key = 'ui.language'").get()).toEqual({ value: 'ar' })
    db.close()
  })

  it('refuses a language it does not know, in French, and keeps the one chosen', async () => {
    const app = startTestServices()
    const refused = await app.dispatcher.dispatch('preferences/setLanguage', { language: 'en' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(refused.ok ? '' : refused.error.message).toMatch(/^Données invalides : language : /)
    expect(await app.dispatcher.dispatch('preferences/get', {})).toEqual({ ok: true, value: { language: 'fr' } })
  })

  it('makes the messages built in main come back in Arabic, validation included', async () => {
    const app = startTestServices()
    await app.dispatcher.dispatch('preferences/setLanguage', { language: 'ar' })
    const refused = await app.dispatcher.dispatch('settings/save', { letterhead: LINES, logoBase64: null })
    const expected = ar.settings.letterhead.tooManyLines.replace('{{lines}}', '4').replace('{{max}}', '3')
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expected } })
    const invalid = await app.dispatcher.dispatch('preferences/setLanguage', { language: 'en' })
    const message = invalid.ok ? '' : invalid.error.message
    expect(message.startsWith(ar.errors.invalidInput.replace('{{details}}', ''))).toBe(true)
    // zod's own words are Arabic too: nothing Latin left but the field's name and the value given.
    expect(message.replace(/language|"en"|"fr"|"ar"/g, '')).not.toMatch(/[A-Za-zÀ-ÿ]{2,}/u)
  })

  it('follows the database at each call: back to French when French is chosen again', async () => {
    const app = startTestServices()
    await app.dispatcher.dispatch('preferences/setLanguage', { language: 'ar' })
    await app.dispatcher.dispatch('preferences/setLanguage', { language: 'fr' })
    const refused = await app.dispatcher.dispatch('settings/save', { letterhead: LINES, logoBase64: null })
    expect(refused).toMatchObject({ error: { message: 'L’en-tête compte au plus 3 lignes ; 4 ont été saisies. Rien n’a été enregistré.' } })
    expect(t('errors.notFound')).toBe('Élément introuvable.')
  })
})
