import { describe, expect, it } from 'vitest'
import { fixedT } from '../../../shared/i18n/translate'
import { NBSP, frenchTypography } from '../../../shared/text/typography'
import { paragraphTypography, startsRightToLeft } from '../../../shared/text/paragraph-typography'

const ar = fixedT('ar')
const fr = fixedT('fr')

describe('paragraphTypography (the plan import’s notes and problems)', () => {
  it('leaves an Arabic note exactly as the catalogue wrote it: no space put before « : » or « % »', () => {
    const notes = [
      ar('planImport.notes.asOf', { date: '15 يوليوز 2020' }),
      ar('planImport.notes.declared', { number: 3, percent: '40', computed: '55' }),
      ar('planImport.notes.toClarify', { engagement: 2, activity: 4, text: 'T3 2020' }),
    ]
    for (const note of notes) {
      // Each holds a sign French typography spaces in French text (so this test can fail).
      expect(note).toMatch(/[:%]/u)
      expect(paragraphTypography(note)).toBe(note)
      expect(paragraphTypography(note)).not.toContain(NBSP)
    }
  })

  it('gives a French note its French typography, even when it quotes Arabic text', () => {
    const note = fr('planImport.notes.toClarify', { engagement: 2, activity: 4, text: 'الفصل الثالث' })
    expect(paragraphTypography(note)).toBe(frenchTypography(note))
    expect(paragraphTypography(note)).toContain(`4${NBSP}: planification`)
    expect(paragraphTypography('Avancement: 40%')).toBe(`Avancement${NBSP}: 40${NBSP}%`)
  })

  it('takes the paragraph’s language from its first letter, not its first character', () => {
    expect(startsRightToLeft('3. الالتزام')).toBe(true)
    expect(startsRightToLeft('« الالتزام » : Engagement')).toBe(true)
    expect(startsRightToLeft('Engagement « الالتزام »')).toBe(false)
    expect(startsRightToLeft('12 : 30 %')).toBe(false)
    expect(paragraphTypography('12: 30%')).toBe(`12${NBSP}: 30${NBSP}%`)
  })
})
