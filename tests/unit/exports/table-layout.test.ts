/**
 * Column widths from content (shared/domain/table-layout.ts), measured here one unit per
 * character so that the expected widths can be read off the text.
 */
import { describe, expect, it } from 'vitest'
import { autoColumnWidths, cellExtent, type CellLine, type ColumnExtent } from '../../../shared/domain/table-layout'

const chars = (text: string): number => [...text].length
const line = (text: string, lead = 0): CellLine<null> => ({ lead, runs: [{ text, style: null }] })
/** The extent of one cell holding these lines, at column `col`. */
function cell(col: number, lines: string[], span = 1): ColumnExtent {
  return { col, span, ...cellExtent(lines.map((l) => line(l)), chars) }
}
const total = (widths: readonly number[]): number => widths.reduce((a, b) => a + b, 0)

describe('the extent of a cell', () => {
  it('asks its longest word at least and its longest line at most, padding added', () => {
    expect(cellExtent([line('Intervenant.e.s du webinaire'), line('DRA')], chars, 2)).toEqual({ min: 15 + 2, max: 28 + 2 })
  })

  it('counts a list label and its indent with the first word, and a line break as the end of a line', () => {
    expect(cellExtent([line('Atelier', 6)], chars)).toEqual({ min: 13, max: 13 })
    expect(cellExtent([line('abc de\nfghij')], chars)).toEqual({ min: 5, max: 6 })
  })

  it('measures a word cut across two styled runs as one word', () => {
    const lines: CellLine<string>[] = [{ lead: 0, runs: [{ text: 'co-', style: 'b' }, { text: 'création ok', style: 'r' }] }]
    expect(cellExtent(lines, chars).min).toBe(11)
  })
})

describe('column widths from content', () => {
  it('gives every column its whole text when the lines fit, stretched to the frame', () => {
    const widths = autoColumnWidths([cell(0, ['Horaire']), cell(1, ['Séquence d’ouverture'])], 2, 54)
    expect(total(widths)).toBeCloseTo(54)
    // 7 and 20 characters, stretched twice: the proportions stay.
    expect(widths[0]).toBeCloseTo(14)
    expect(widths[1]).toBeCloseTo(40)
  })

  it('never breaks « Intervenant.e.s » and keeps a column of short figures narrow when text is long', () => {
    const long = 'Les organisations de la société civile présentes ont demandé un calendrier détaillé des ateliers '.repeat(3)
    const extents = [
      cell(0, ['N°']),
      cell(0, ['12']),
      cell(1, ['Intervenant.e.s']),
      cell(1, ['DRA, NDI']),
      cell(2, ['Observations']),
      cell(2, [long]),
    ]
    const widths = autoColumnWidths(extents, 3, 120)
    expect(total(widths)).toBeCloseTo(120)
    expect(widths[1]).toBeGreaterThanOrEqual(15)
    // The figures column gets its line (2) and a share of the room in proportion to that line: it stays narrow.
    expect(widths[0]).toBeLessThan(3)
    expect(widths[2]).toBeGreaterThan(100)
  })

  it('shares the room beyond the minimums in proportion to what each column lacks', () => {
    // Minimums 10 and 10, lines 30 and 110: 40 of extra room, 20 lacking on one side, 100 on the other.
    const widths = autoColumnWidths(
      [
        { col: 0, span: 1, min: 10, max: 30 },
        { col: 1, span: 1, min: 10, max: 110 },
      ],
      2,
      60,
    )
    expect(widths[0]).toBeCloseTo(10 + (20 * 40) / 120)
    expect(widths[1]).toBeCloseTo(10 + (100 * 40) / 120)
  })

  it('breaks only the 200-character word when the minimums do not fit, every other column keeping its minimum', () => {
    const word = 'x'.repeat(200)
    const widths = autoColumnWidths([cell(0, ['Intervenant.e.s']), cell(1, ['07/09/2020']), cell(2, [word])], 3, 100)
    expect(widths[0]).toBeCloseTo(15)
    expect(widths[1]).toBeCloseTo(10)
    expect(widths[2]).toBeCloseTo(75)
    expect(total(widths)).toBeCloseTo(100)
  })

  it('narrows the two widest columns to a common width when both are too long', () => {
    const widths = autoColumnWidths([cell(0, ['abc']), cell(1, ['y'.repeat(80)]), cell(2, ['z'.repeat(200)])], 3, 63)
    expect(widths).toEqual([3, 30, 30])
  })

  it('keeps a floor width for an empty column, and splits evenly a table of empty cells', () => {
    expect(autoColumnWidths([cell(0, ['']), cell(1, ['texte'])], 2, 40, 4)[0]).toBeGreaterThanOrEqual(4)
    expect(autoColumnWidths([cell(0, ['']), cell(1, [''])], 2, 40)).toEqual([20, 20])
  })

  it('widens the columns under a merged cell that is wider than they are together', () => {
    const title = 'Agenda unifié proposé pour les quatre webinaires'
    const widths = autoColumnWidths([cell(0, [title], 3), cell(0, ['10h00']), cell(1, ['Ouverture']), cell(2, ['Mot'])], 3, 200)
    expect(total(widths)).toBeCloseTo(200)
    // Spread in proportion to their own lines: the widest column stays the widest.
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0)
  })

  it('ignores a cell that claims a column beyond the table', () => {
    expect(autoColumnWidths([cell(5, ['hors tableau']), cell(0, ['a'])], 1, 10)).toEqual([10])
  })
})
