import { describe, expect, it } from 'vitest'
import { t } from '../../../shared/i18n/translate'
import { fr } from '../../../shared/i18n/fr'

/** Every catalogue string, with its key. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]]
  if (typeof node !== 'object' || node === null) return []
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
}

describe('French plurals', () => {
  it('writes no « (s) » anywhere in the catalogue', () => {
    expect(strings(fr).filter(([, s]) => /\(s\)/u.test(s))).toEqual([])
  })

  it('says one or many through the plural forms', () => {
    expect(t('planUi.overview.figures.slipDetail', { count: 1 })).toBe('sur 1 activité décalée')
    expect(t('planUi.overview.figures.slipDetail', { count: 18 })).toBe('sur 18 activités décalées')
    expect(t('planUi.overview.figures.lateDetail', { total: 'sur 18', count: 18, activities: '18' })).toMatch(/18 activités en retard$/)
    expect(t('planUi.overview.figures.lateDetail', { total: 'sur 18', count: 1, activities: '1' })).toMatch(/1 activité en retard$/)
    expect(t('participantsPaste.read', { count: 0 })).toBe('0 personne lue')
    expect(t('participantsPaste.read', { count: 15 })).toBe('15 personnes lues')
    expect(t('settings.backups.holdsMeetings', { count: 1 })).toBe('1 réunion')
    expect(t('recovery.problems.integrity', { count: 2 })).toMatch(/2 anomalies relevées/)
  })
})
