import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  comparePeriods,
  formatPeriod,
  parsePeriod,
  periodBounds,
  periodProblems,
  plannedPeriodSchema,
  slipDays,
  type PlannedPeriod,
} from '../../../shared/period'
import { parseIsoDate } from '../../../shared/period/calendar'
import { dateLikeTextArb, plannedPeriodArb } from './arbitraries'

const RUNS = 5000
const hasNoNote = (p: PlannedPeriod): boolean => !('note' in p)
const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '')

describe('every valid PlannedPeriod', () => {
  it('parses back from its formatted text to exactly itself', () => {
    fc.assert(
      fc.property(plannedPeriodArb, (p) => {
        expect(parsePeriod(formatPeriod(p))).toStrictEqual({ ok: true, period: p })
      }),
      { numRuns: RUNS },
    )
  })

  it('parses back from its formatted text in capitals, without accents or with untidy spaces', () => {
    fc.assert(
      // A note is kept as written, capitals and accents included: it is checked on its own below.
      fc.property(plannedPeriodArb.filter(hasNoNote), (p) => {
        const text = formatPeriod(p)
        expect(parsePeriod(text.toUpperCase())).toStrictEqual({ ok: true, period: p })
        expect(parsePeriod(stripAccents(text))).toStrictEqual({ ok: true, period: p })
        expect(parsePeriod(`  ${text.replace(/ /g, '  ')} `)).toStrictEqual({ ok: true, period: p })
      }),
      { numRuns: 2000 },
    )
  })

  it('is accepted by the schema and breaks no rule', () => {
    fc.assert(
      fc.property(plannedPeriodArb, (p) => {
        expect(periodProblems(p)).toEqual([])
        expect(plannedPeriodSchema.parse(p)).toStrictEqual(p)
        expect(plannedPeriodSchema.parse(JSON.parse(JSON.stringify(p)))).toStrictEqual(p)
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps a note exactly as written, accents and capitals included', () => {
    fc.assert(
      fc.property(plannedPeriodArb.filter((p) => !hasNoNote(p)), (p) => {
        const text = formatPeriod(p)
        expect(parsePeriod(`  ${text} `)).toStrictEqual({ ok: true, period: p })
        expect(parsePeriod(text.replace(/^./, (c) => c.toUpperCase()))).toStrictEqual({ ok: true, period: p })
      }),
      { numRuns: 500 },
    )
  })

  it('formats with French ordinals, never « ème »', () => {
    fc.assert(
      fc.property(plannedPeriodArb.filter(hasNoNote), (p) => {
        expect(formatPeriod(p)).not.toMatch(/ème|eme\b|ère|\s{2}|^\s|\s$/)
      }),
      { numRuns: 2000 },
    )
  })

  it('has real bounds with start ≤ end, or none for tbd and cancelled', () => {
    fc.assert(
      fc.property(plannedPeriodArb, (p) => {
        const b = periodBounds(p)
        if (p.kind === 'tbd' || p.kind === 'cancelled') {
          expect(b).toBeNull()
          return
        }
        expect(b).not.toBeNull()
        if (!b) return
        expect(parseIsoDate(b.end)).not.toBeNull()
        if (p.kind === 'deadline') {
          expect(b.start).toBeNull()
          return
        }
        const start = b.start ?? ''
        expect(parseIsoDate(start)).not.toBeNull()
        expect(start <= b.end).toBe(true)
        if (p.kind === 'part' || p.kind === 'weeks' || p.kind === 'month' || p.kind === 'from' || p.kind === 'fortnight') {
          expect(start.slice(0, 7)).toBe(b.end.slice(0, 7))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('sorts consistently and slips by zero against itself', () => {
    fc.assert(
      fc.property(plannedPeriodArb, plannedPeriodArb, (a, b) => {
        expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)) || 0)
        expect(comparePeriods(a, a)).toBe(0)
        const slip = slipDays(a, b)
        const back = slipDays(b, a)
        expect(slip === null ? null : -slip || 0).toBe(back)
        if (periodBounds(a)) expect(slipDays(a, a)).toBe(0)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('any text', () => {
  it('parses to a valid period or comes back exactly as written, flagged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), dateLikeTextArb), (text) => {
        const result = parsePeriod(text)
        if (result.ok) {
          expect(periodProblems(result.period)).toEqual([])
          expect(parsePeriod(formatPeriod(result.period))).toStrictEqual(result)
        } else {
          expect(result).toStrictEqual({ ok: false, text, flag: 'a_preciser' })
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('with a reference date, parses to a valid period that prints back, or comes back flagged', () => {
    const references = fc.constantFrom('2020-07-15', '2021-02-28', '2020-08-31', '2019-01-01')
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), dateLikeTextArb), references, (text, referenceDate) => {
        const result = parsePeriod(text, { referenceDate })
        if (result.ok) {
          expect(periodProblems(result.period)).toEqual([])
          // The clean text carries its year: it reads the same without the reference.
          expect(parsePeriod(formatPeriod(result.period))).toStrictEqual(result)
        } else {
          expect(result).toStrictEqual({ ok: false, text, flag: 'a_preciser' })
        }
      }),
      { numRuns: 3000 },
    )
  })
})
