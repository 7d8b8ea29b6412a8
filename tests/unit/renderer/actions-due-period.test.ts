import { describe, expect, it } from 'vitest'
import { shownDue } from '../../../renderer/screens/registers/due-period'

const meeting = { id: 1, title: 'Comité', date: '2021-01-15', committeeId: 1, committeeName: 'Comité de pilotage', committeeAcronym: 'COPIL' }

describe('the Actions screen shows an action’s planned period in the interface language', () => {
  it('writes a recognised period in Arabic with the Moroccan month names and Western digits', () => {
    expect(shownDue('ar', { dueText: 'fin mars 2021', due: 'fin mars 2021', meeting })).toBe('نهاية مارس 2021')
    expect(shownDue('ar', { dueText: 'T2 2021', due: '2e trimestre 2021', meeting })).toBe('الفصل الثاني من سنة 2021')
  })

  it('keeps the clean French period in French', () => {
    expect(shownDue('fr', { dueText: 'T2 2021', due: '2e trimestre 2021', meeting })).toBe('2e trimestre 2021')
  })

  it('shows text that is not a period exactly as typed, in both languages', () => {
    const typed = 'après la validation du comité (voir note)'
    expect(shownDue('ar', { dueText: typed, due: typed, meeting })).toBe(typed)
    expect(shownDue('fr', { dueText: typed, due: typed, meeting })).toBe(typed)
    expect(shownDue('ar', { dueText: '', due: '', meeting })).toBe('')
  })
})
