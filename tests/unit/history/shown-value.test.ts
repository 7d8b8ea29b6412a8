/**
 * The « Historique » shows a recorded value as the editor shows it, in the interface's language:
 * codes by their names, dates in words, percentages with « % » — never the stored code.
 */
import { describe, expect, it } from 'vitest'
import { shownValue } from '../../../shared/history/describe'
import { fixedT } from '../../../shared/i18n/translate'
import { ar } from '../../../shared/i18n/ar'
import { fr } from '../../../shared/i18n/fr'

const tFr = fixedT('fr')
const tAr = fixedT('ar')

describe('a value in the history', () => {
  it('names a status by its table’s vocabulary, in French and in Arabic', () => {
    expect(shownValue('next_steps', 'status', 'en_cours', tFr, 'fr')).toBe(fr.nextStepStatuses.en_cours)
    expect(shownValue('next_steps', 'status', 'en_cours', tAr, 'ar')).toBe(ar.nextStepStatuses.en_cours)
    expect(shownValue('attendance', 'status', 'excuse', tFr, 'fr')).toBe(fr.attendance.excuse)
    expect(shownValue('decision_register', 'status', 'realisee', tFr, 'fr')).toBe(fr.registers.decisionStatuses.realisee)
    expect(shownValue('action_follow_ups', 'status', 'reporte', tAr, 'ar')).toBe(ar.registers.actionStatuses.reporte)
    expect(shownValue('meetings', 'kind', 'ordinaire', tFr, 'fr')).toBe(fr.meetingKinds.ordinaire)
    expect(shownValue('replans', 'kind', 'annulee', tFr, 'fr')).toBe(fr.replanKinds.annulee)
    expect(shownValue('attendance', 'side', 'societe_civile', tFr, 'fr')).toBe(fr.sides.societe_civile)
  })

  it('writes dates in words and percentages with « % »', () => {
    expect(shownValue('meetings', 'first_date', '2020-07-15', tFr, 'fr')).toBe('mercredi 15 juillet 2020')
    expect(shownValue('meetings', 'first_date', '2020-07-15', tAr, 'ar')).toBe('الأربعاء 15 يوليوز 2020')
    expect(shownValue('progress_reports', 'percent', 70, tFr, 'fr')).toMatch(/^70\s%$/u)
    expect(shownValue('meetings', 'language', 'ar', tFr, 'fr')).toBe('العربية')
  })

  it('keeps what it does not know as stored, and rich text as its words', () => {
    expect(shownValue('next_steps', 'status', 'inconnu', tFr, 'fr')).toBe('inconnu')
    expect(shownValue('meetings', 'title', 'COPIL n° 4', tFr, 'fr')).toBe('COPIL n° 4')
    expect(shownValue('decisions', 'body', null, tFr, 'fr')).toBe('')
    const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Adopté' }] }] })
    expect(shownValue('decisions', 'body', doc, tFr, 'fr')).toBe('Adopté')
  })
})
