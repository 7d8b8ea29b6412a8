import { afterAll, describe, expect, it } from 'vitest'
import i18next, { applyLanguage } from '../../../renderer/i18n'
import { fr } from '../../../shared/i18n/fr'
import { ar } from '../../../shared/i18n/ar'

const deleteLabel = (template: string, n: number) => template.replace('{{n}}', String(n))

describe('the interface texts kept between calls', () => {
  afterAll(() => applyLanguage('fr'))

  it('give the same text as i18next for each key and its values, in the language of the moment', () => {
    applyLanguage('fr')
    const t = i18next.getFixedT(null, 'translation')
    expect(t('meetings.decisions.delete', { n: 3 })).toBe(deleteLabel(fr.meetings.decisions.delete, 3))
    expect(t('meetings.decisions.delete', { n: 3 })).toBe(deleteLabel(fr.meetings.decisions.delete, 3))
    expect(t('meetings.decisions.delete', { n: 4 })).toBe(deleteLabel(fr.meetings.decisions.delete, 4))
    applyLanguage('ar')
    expect(i18next.getFixedT(null, 'translation')('meetings.decisions.delete', { n: 3 })).toBe(deleteLabel(ar.meetings.decisions.delete, 3))
    applyLanguage('fr')
    expect(i18next.getFixedT(null, 'translation')('meetings.decisions.delete', { n: 3 })).toBe(deleteLabel(fr.meetings.decisions.delete, 3))
  })

  it('follow a text added or changed after a first call', () => {
    applyLanguage('fr')
    const t = i18next.getFixedT(null, 'translation')
    const before = t('meetings.decisions.add')
    expect(before).toBe(fr.meetings.decisions.add)
    i18next.addResource('fr', 'translation', 'meetings.decisions.add', 'Nouveau libellé')
    expect(t('meetings.decisions.add')).toBe('Nouveau libellé')
    i18next.addResource('fr', 'translation', 'meetings.decisions.add', before)
    expect(t('meetings.decisions.add')).toBe(before)
  })
})
