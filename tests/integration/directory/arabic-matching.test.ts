import { describe, expect, it } from 'vitest'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { call, refuse } from './helpers'

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('Arabic names are matched folded (harakat, tatweel, alef forms, alef maqsura)', () => {
  it('warns of a duplicate written with harakat, tatweel or another alef, and not of a different name', async () => {
    const app = startTestServices()
    const org = await call(app, 'organisations/save', { name: 'وزارة الاقتصاد والمالية', side: 'administration' })
    await call(app, 'people/save', { civility: 'M.', firstName: 'أحمد', lastName: 'مصطفى', organisationId: org.id })
    for (const [firstName, lastName] of [
      ['أَحْمَد', 'مُصْطَفَى'],
      ['احمد', 'مصطفي'],
      ['إحمـــد', 'مصطفى'],
    ] as const) {
      const found = await call(app, 'people/duplicates', { firstName, lastName, organisationId: org.id })
      expect(found.map((d) => d.displayName)).toEqual(['M. أحمد مصطفى'])
      const before = snapshotCounts(app)
      const refused = await refuse(app, 'people/save', { civility: 'M.', firstName, lastName, organisationId: org.id })
      expect(refused.code).toBe('CONFLICT')
      expect(refused.message).toContain('أحمد مصطفى')
      expect(snapshotCounts(app)).toEqual(before)
    }
    expect(
      await call(app, 'people/duplicates', { firstName: 'محمد', lastName: 'مصطفى', organisationId: org.id }),
    ).toEqual([])
  })

  it('keeps the Latin behaviour: accents and case folded, a different name is no duplicate', async () => {
    const app = startTestServices()
    await call(app, 'people/save', { civility: 'Mme', firstName: 'Hélène', lastName: 'O’Brien', organisationId: null })
    const same = await call(app, 'people/duplicates', {
      firstName: 'HELENE',
      lastName: "o'brien",
      organisationId: null,
    })
    expect(same).toHaveLength(1)
    expect(
      await call(app, 'people/duplicates', { firstName: 'Hélène', lastName: 'Brien', organisationId: null }),
    ).toEqual([])
  })

  it('matches an imported row to the person and organisation of the directory written otherwise', async () => {
    const app = startTestServices()
    const org = await call(app, 'organisations/save', { name: 'جمعية الأمل', side: 'societe_civile' })
    const person = await call(app, 'people/save', {
      civility: 'Mme',
      firstName: 'فاطمة',
      lastName: 'الزهراء',
      organisationId: org.id,
    })
    const csv = [
      'Civilité;Prénom;Nom;Fonction;Organisation',
      'Mme;فَاطِمَة;الزَّهْراء;رئيسة;جمعية الامل',
      'M.;يحيى;العلوي;;جمعـية الأمل',
    ].join('\n')
    const preview = await call(app, 'people/importPreview', { fileName: 'liste.csv', contentBase64: base64(csv) })
    expect(preview.rows.map((r) => [r.action, r.organisationName, r.reasons])).toEqual([
      ['update', 'جمعية الأمل', []],
      ['create', 'جمعية الأمل', []],
    ])
    await call(app, 'people/importCommit', { fileName: 'liste.csv', contentBase64: base64(csv) })
    const people = await call(app, 'people/list', {})
    expect(people).toHaveLength(2)
    expect(people.find((p) => p.id === person.id)?.function).toBe('رئيسة')
    expect(await call(app, 'organisations/list', {})).toHaveLength(1)
  })
})
