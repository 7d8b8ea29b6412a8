import { describe, expect, it } from 'vitest'
import { fixedT } from '../../../shared/i18n/translate'
import { codePointOf, unprintableMessage } from '../../../shared/text/unprintable'

describe('the message naming the characters a PDF printed as « � »', () => {
  it('names each character with its code point, in French', () => {
    expect(unprintableMessage(fixedT('fr'), ['☃'])).toBe(
      'Le PDF est enregistré, mais un caractère qu’aucune de ses polices ne contient y est imprimé « � » : « ☃ » (U+2603).',
    )
    expect(codePointOf('👍')).toBe('U+1F44D')
  })

  it('speaks Arabic with the Arabic plural and comma', () => {
    expect(unprintableMessage(fixedT('ar'), ['👍', '📅'])).toBe(
      'تم حفظ ملف PDF، غير أن حرفين لا يوجدان في أي من خطوطه طُبعا على شكل « � »: « 👍 » (U+1F44D)، « 📅 » (U+1F4C5).',
    )
    expect(unprintableMessage(fixedT('ar'), ['a', 'b', 'c'])).toContain('3 أحرف')
  })

  it('says nothing when every character printed', () => {
    expect(unprintableMessage(fixedT('fr'), [])).toBe('')
  })
})
