import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { foldText, foldWithOrigins, personNameKey, searchTokens, wordSpans } from '../../../shared/text/fold'

describe('foldText — Latin', () => {
  it.each([
    ['Hélène', 'helene'],
    ['ÉLODIE', 'elodie'],
    ['Ça', 'ca'],
    ['Noël', 'noel'],
    ['où', 'ou'],
    ['Œuvre', 'oeuvre'],
    ['cœur', 'coeur'],
    ['Cæsar', 'caesar'],
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['İstanbul', 'istanbul'],
    ['période de confinement', 'periode de confinement'],
    ['  Espace   Associatif  ', 'espace associatif'],
    ['a\tb\nc', 'a b c'],
  ])('folds « %s » to « %s »', (text, folded) => {
    expect(foldText(text)).toBe(folded)
  })

  it('makes every apostrophe the typewriter one', () => {
    for (const a of ['’', '‘', 'ʼ', '`', '´', '′', "'"]) expect(foldText(`L${a}Accord`)).toBe("l'accord")
  })

  it('keeps digits, punctuation and symbols of Latin text', () => {
    expect(foldText('Engagement 3 : 70 % (2020-2022) — n° 12 / €')).toBe('engagement 3 : 70 % (2020-2022) — n° 12 / €')
  })

  it('drops invisible direction marks and zero-width characters', () => {
    expect(foldText('\u200fAMAL\u200e \ufeffBen\u200bali\u2067')).toBe('amal benali')
  })

  it('leaves the empty text empty', () => {
    expect(foldText('')).toBe('')
    expect(foldText(' \u00a0 ')).toBe('')
  })
})

describe('foldText — Arabic', () => {
  it('removes the harakat (fatha, damma, kasra, tanwin, shadda, sukun, superscript alef)', () => {
    expect(foldText('مُحَمَّد')).toBe('محمد')
    expect(foldText('كِتَابٌ')).toBe('كتاب')
    expect(foldText('شُكْرًا')).toBe('شكرا')
    expect(foldText('هٰذا')).toBe('هذا')
    for (let cp = 0x064b; cp <= 0x065f; cp++) expect(foldText(`ب${String.fromCodePoint(cp)}`)).toBe('ب')
    expect(foldText('ب\u0670')).toBe('ب')
  })

  it('removes the tatweel', () => {
    expect(foldText('محـــمد')).toBe('محمد')
    expect(foldText('\u0640')).toBe('')
  })

  it('makes every alef form a bare alef', () => {
    for (const alef of ['أ', 'إ', 'آ', 'ٱ', 'ا']) expect(foldText(`${alef}حمد`)).toBe('احمد')
    expect(foldText('إِبْرَاهِيم')).toBe('ابراهيم')
    expect(foldText('ٱلرَّحْمَٰن')).toBe('الرحمن')
  })

  it('makes alef maqsura a yeh', () => {
    expect(foldText('مصطفى')).toBe('مصطفي')
    expect(foldText('مصطفي')).toBe('مصطفي')
    expect(foldText('موسى')).toBe(foldText('موسي'))
  })

  it('drops the hamza above waw and yeh with the other harakat', () => {
    expect(foldText('مؤسسة')).toBe('موسسة')
    expect(foldText('رئيس')).toBe('رييس')
  })

  it('keeps teh marbuta and heh apart', () => {
    expect(foldText('كتابة')).not.toBe(foldText('كتابه'))
    expect(foldText('فاطمة')).toBe('فاطمة')
  })

  it('reads presentation forms as the letters they draw', () => {
    // « سلام » as shaped glyphs (isolated/initial/medial/final forms) and lam-alef ligature.
    expect(foldText('\ufeb3\ufefc\ufee1')).toBe('سلام')
    expect(foldText('\ufef7')).toBe('لا')
  })

  it('writes Arabic-Indic digits as Western digits', () => {
    expect(foldText('٢٠٢٠ ١٥')).toBe('2020 15')
    expect(foldText('۱۲۳')).toBe('123')
  })

  it('finds the same name written with or without harakat, tatweel and hamza', () => {
    const forms = ['أَحْمَد بنعلي', 'احمد بنعلي', 'أحمـد بنعلى', 'إحمد  بنعلي']
    const keys = new Set(forms.map((f) => foldText(f)))
    expect(keys).toEqual(new Set(['احمد بنعلي']))
  })

  it('leaves mixed French and Arabic text in order', () => {
    expect(foldText('Réunion du COPIL — اللجنة الوطنية')).toBe('reunion du copil — اللجنة الوطنية')
  })
})

describe('personNameKey', () => {
  it('is the folded « prénom nom »', () => {
    expect(personNameKey('Hélène', 'DUPONT')).toBe('helene dupont')
    expect(personNameKey('', 'Alami')).toBe('alami')
    expect(personNameKey('فاطِمة', 'الزَّهْراء')).toBe('فاطمة الزهراء')
  })
})

describe('foldWithOrigins', () => {
  it('folds each character and says which character of the text it comes from', () => {
    const { folded, origin } = foldWithOrigins('Cœur ÉTÉ')
    expect(folded).toBe('coeur ete')
    expect(origin).toEqual([0, 1, 1, 2, 3, 4, 5, 6, 7, 8])
    const arabic = foldWithOrigins('أَحْمَد')
    expect(arabic.folded).toBe('احمد')
    expect(arabic.origin).toEqual([0, 2, 4, 6, 7])
  })

  it('gives the words foldText gives, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(foldWithOrigins(text).folded.replace(/\s+/g, ' ').trim()).toBe(foldText(text))
      }),
      { numRuns: 300 },
    )
  })

  it('gives origins that only go forward and stay inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const { folded, origin } = foldWithOrigins(text)
        expect(origin).toHaveLength(folded.length + 1)
        for (let i = 1; i < origin.length; i++) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1] ?? 0)
        expect(origin.at(-1)).toBe(text.length)
      }),
      { numRuns: 100 },
    )
  })
})

describe('searchTokens and wordSpans', () => {
  it('splits on spaces, apostrophes, hyphens and punctuation, like the index', () => {
    expect(searchTokens("La période de l'état d’urgence (Jean-Pierre) : 70 %")).toEqual([
      'la',
      'periode',
      'de',
      'l',
      'etat',
      'd',
      'urgence',
      'jean',
      'pierre',
      '70',
    ])
    expect(searchTokens('الْمُنَسِّق، أحمد')).toEqual(['المنسق', 'احمد'])
    expect(searchTokens('  — ; ')).toEqual([])
  })

  it('places each word of folded text', () => {
    expect(wordSpans("l'etat, 12")).toEqual([
      { start: 0, end: 1, word: 'l' },
      { start: 2, end: 6, word: 'etat' },
      { start: 8, end: 10, word: '12' },
    ])
  })
})
