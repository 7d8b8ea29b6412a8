// Issue 15's measure: the share of date phrases read, by family, with no phrase ever read wrong.
// The shares are printed (console) so that the report can quote them.
import { describe, expect, it } from 'vitest'
import { formatPeriod, parsePeriod } from '../../../shared/period'
import { FAMILIES, type CorpusRow } from './corpus/phrases'
import { TRAPS } from './corpus/traps'

type Outcome = 'right' | 'wrong' | 'unread'

function outcome([text, expected, referenceDate]: CorpusRow): { outcome: Outcome; got: string } {
  const result = parsePeriod(text, referenceDate === undefined ? {} : { referenceDate })
  if (!result.ok) return { outcome: 'unread', got: '' }
  const got = formatPeriod(result.period)
  return { outcome: got === expected ? 'right' : 'wrong', got }
}

function share(rows: CorpusRow[]): { read: number; total: number; wrong: string[]; unread: string[] } {
  const wrong: string[] = []
  const unread: string[] = []
  let read = 0
  for (const row of rows) {
    const { outcome: o, got } = outcome(row)
    if (o === 'right') read += 1
    else if (o === 'wrong') wrong.push(`« ${row[0]} » → « ${got} », attendu « ${row[1]} »`)
    else unread.push(row[0])
  }
  return { read, total: rows.length, wrong, unread }
}

const percent = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`)

describe('the corpus of date phrases', () => {
  const all = FAMILIES.flatMap((f) => [...f.document, ...f.typed])

  it('has at least 250 phrases, each expected period written in its clean form', () => {
    expect(all.length).toBeGreaterThanOrEqual(250)
    for (const [, expected, referenceDate] of all) {
      // The expected text is itself a period that prints back unchanged.
      const p = parsePeriod(expected, referenceDate === undefined ? {} : { referenceDate })
      expect(p.ok && formatPeriod(p.period)).toBe(expected)
    }
  })

  it('reads no phrase wrong, and at least 97 % of the documents’ phrases and 90 % of typed ones', () => {
    const lines: string[] = []
    let documentRead = 0
    let documentTotal = 0
    let typedRead = 0
    let typedTotal = 0
    const wrong: string[] = []
    const unread: string[] = []
    for (const family of FAMILIES) {
      const d = share(family.document)
      const t = share(family.typed)
      documentRead += d.read
      documentTotal += d.total
      typedRead += t.read
      typedTotal += t.total
      wrong.push(...d.wrong, ...t.wrong)
      unread.push(...d.unread.map((x) => `[document] ${x}`), ...t.unread.map((x) => `[tapé] ${x}`))
      lines.push(
        `${family.name.padEnd(50)} documents ${`${d.read}/${d.total}`.padStart(6)} ${percent(d.read, d.total).padStart(8)}` +
          `   tapées ${`${t.read}/${t.total}`.padStart(6)} ${percent(t.read, t.total).padStart(8)}`,
      )
    }
    lines.push(
      `${'TOTAL'.padEnd(50)} documents ${`${documentRead}/${documentTotal}`.padStart(6)} ${percent(documentRead, documentTotal).padStart(8)}` +
        `   tapées ${`${typedRead}/${typedTotal}`.padStart(6)} ${percent(typedRead, typedTotal).padStart(8)}`,
    )
    if (unread.length > 0) lines.push('', 'Non lues :', ...unread.map((x) => `  ${x.replace(/\s+/g, ' ')}`))
    console.log(`Part des phrases lues, par famille\n${lines.join('\n')}`)
    expect(wrong).toEqual([])
    expect(documentRead / documentTotal).toBeGreaterThanOrEqual(0.97)
    expect(typedRead / typedTotal).toBeGreaterThanOrEqual(0.9)
  })

  it('reads none of the traps: contradictions, impossible dates, no date at all', () => {
    const read = TRAPS.flatMap(([text, , referenceDate]) => {
      const result = parsePeriod(text, referenceDate === undefined ? {} : { referenceDate })
      return result.ok ? [`« ${text} » → « ${formatPeriod(result.period)} »`] : []
    })
    console.log(`Pièges : ${TRAPS.length - read.length}/${TRAPS.length} refusés`)
    expect(read).toEqual([])
  })

  it('keeps a trap exactly as written, flagged « à préciser »', () => {
    for (const [text] of TRAPS) expect(parsePeriod(text)).toStrictEqual({ ok: false, text, flag: 'a_preciser' })
  })
})
