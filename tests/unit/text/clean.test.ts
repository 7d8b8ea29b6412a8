import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { stripBidiControls, stripXmlIllegal } from '../../../shared/text/clean'
import { releveFileName, safeFileName } from '../../../shared/text/file-names'

const ILLEGAL = [
  ...Array.from({ length: 9 }, (_, i) => i),
  0x0b,
  0x0c,
  ...Array.from({ length: 0x20 - 0x0e }, (_, i) => 0x0e + i),
  0xfffe,
  0xffff,
]
const BIDI = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]

/** What XML 1.0 accepts as a Char, code point by code point. */
function isXmlText(text: string): boolean {
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0
    const ok =
      c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000
    if (!ok) return false
  }
  return true
}

describe('text that XML cannot hold', () => {
  it('drops every code point the issue lists, one by one', () => {
    for (const code of ILLEGAL)
      expect(stripXmlIllegal(`Ben${String.fromCharCode(code)}nani`), code.toString(16)).toBe('Bennani')
  })

  it('drops lone surrogates and keeps whole pairs, tabs, line breaks and Arabic', () => {
    expect(stripXmlIllegal('a\uD800b\uDC00c')).toBe('abc')
    expect(stripXmlIllegal('fin\uD83D')).toBe('fin')
    expect(stripXmlIllegal('Décision 🎉\tvalidée\r\nمحمد العلمي')).toBe('Décision 🎉\tvalidée\r\nمحمد العلمي')
  })

  it('leaves only text XML accepts, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(isXmlText(stripXmlIllegal(text))).toBe(true)
      }),
      { numRuns: 100 },
    )
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
        (text) => {
          expect(isXmlText(stripXmlIllegal(text))).toBe(true)
        },
      ),
    )
  })
})

describe('bidirectional controls in file names', () => {
  it('drops every override and isolate', () => {
    for (const code of BIDI) expect(stripBidiControls(`COPIL${String.fromCharCode(code)}x`)).toBe('COPILx')
  })

  it('names a relevé from an acronym holding U+202E without any bidi control', () => {
    const name = releveFileName('2020-07-15', 'COPIL\u202Excslx.exe', 'pdf')
    expect(name).toBe('2020-07-15 Relevé COPILxcslx.exe.pdf')
    expect(name).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })

  it('never lets a bidi control or a lone surrogate into any file name', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('a', 'é', 'ب', ' ', '.', '\uD83D', '\uDE00', ...BIDI.map((c) => String.fromCharCode(c))),
          {
            maxLength: 200,
          },
        ),
        (chars) => {
          const name = safeFileName(chars.join(''), 'pdf')
          expect(name).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)
          expect(isXmlText(name)).toBe(true)
        },
      ),
    )
  })
})
