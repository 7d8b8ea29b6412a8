import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { releveFileName, safeFileName } from '../../../shared/text/file-names'

describe('file names built from titles', () => {
  it('names a relevé by date and committee', () => {
    expect(releveFileName('2020-07-15', 'COPIL', 'pdf')).toBe('2020-07-15 Relevé COPIL.pdf')
    expect(releveFileName(undefined, '', 'xlsx')).toBe('Relevé comité.xlsx')
  })

  it('removes what Windows refuses and never escapes the folder', () => {
    expect(safeFileName('Réunion: 1/2 <projet> "final"?*|', 'pdf')).toBe('Réunion 1 2 projet final.pdf')
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('etc passwd.pdf')
    expect(safeFileName('CON', 'pdf')).toBe('Copil CON.pdf')
    expect(safeFileName('nul.txt', 'pdf')).toBe('Copil nul.txt.pdf')
    expect(safeFileName('COM¹', 'xlsx')).toBe('Copil COM¹.xlsx')
    expect(safeFileName('lpt³.rapport', 'pdf')).toBe('Copil lpt³.rapport.pdf')
    expect(safeFileName('fin. . .', 'pdf')).toBe('fin.pdf')
    expect(safeFileName('', 'pdf')).toBe('Copil.pdf')
  })

  it('holds for any title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (title) => {
        const name = safeFileName(title, 'pdf')
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/)
        expect(name.endsWith('.pdf')).toBe(true)
        expect(name.length).toBeLessThanOrEqual(125)
        const base = name.slice(0, -4)
        expect(base).not.toMatch(/[. ]$/)
        expect(base).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i)
        expect(base.startsWith('.')).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })
})
