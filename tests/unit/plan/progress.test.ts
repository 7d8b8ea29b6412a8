import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  computePlanProgress,
  displayPercent,
  formatPercent,
  progressBand,
  type PlanProgress,
  type PlanStructure,
  type ProgressReportInput,
} from '../../../shared/plan/progress'

const act = (id: number, date: string, seq: number, percent: number): ProgressReportInput => ({
  target: { kind: 'activity', id },
  date,
  seq,
  percent,
})
const eng = (id: number, date: string, seq: number, percent: number): ProgressReportInput => ({
  target: { kind: 'engagement', id },
  date,
  seq,
  percent,
})

const engagements = (p: PlanProgress) => p.axes.flatMap((a) => a.engagements)
const engagement = (p: PlanProgress, id: number) => {
  const found = engagements(p).find((e) => e.id === id)
  if (found === undefined) throw new Error(`engagement ${id} missing`)
  return found
}

// Axis 1: engagement 10 (activities 101 weight 1, 102 weight 3) and engagement 11 (no activity);
// axis 2: engagement 20 (activities 201 and 202, weight 2 each).
const plan: PlanStructure = {
  axes: [
    {
      id: 1,
      engagements: [
        { id: 10, activities: [{ id: 101, weight: 1 }, { id: 102, weight: 3 }] },
        { id: 11, activities: [] },
      ],
    },
    { id: 2, engagements: [{ id: 20, activities: [{ id: 201, weight: 2 }, { id: 202, weight: 2 }] }] },
  ],
}
const reports: ProgressReportInput[] = [
  act(101, '2020-01-10', 1, 40),
  act(101, '2020-03-01', 5, 80),
  act(102, '2020-02-01', 3, 20),
  eng(11, '2020-02-15', 4, 50),
  eng(20, '2020-02-01', 2, 90),
  act(201, '2020-03-01', 6, 100),
]

describe('computePlanProgress — worked examples', () => {
  it('takes the weighted mean of the latest activity figures, unreported activities counting 0 %', () => {
    const p = computePlanProgress(plan, reports)
    // Engagement 10: (80 × 1 + 20 × 3) / 4 = 35. Engagement 20: (100 × 2 + 0 × 2) / 4 = 50.
    expect(engagement(p, 10)).toMatchObject({ percent: 35, source: 'activities', band: 'limite', date: '2020-03-01' })
    expect(engagement(p, 20)).toMatchObject({ percent: 50, source: 'activities' })
    expect(engagement(p, 20).activities).toEqual([
      { id: 201, percent: 100, band: 'termine', weight: 2, reported: true, date: '2020-03-01' },
      { id: 202, percent: 0, band: 'non_commence', weight: 2, reported: false, date: null },
    ])
  })

  it('gives an engagement without activities its declared figure', () => {
    const p = computePlanProgress(plan, reports)
    expect(engagement(p, 11)).toMatchObject({ percent: 50, source: 'declared', date: '2020-02-15', activities: [] })
  })

  it('averages axes over their engagements and the plan over all engagements, not over axes', () => {
    const p = computePlanProgress(plan, reports)
    expect(p.axes.map((a) => a.percent)).toEqual([42.5, 50])
    // Mean of the 3 engagements (35 + 50 + 50) / 3 = 45, not the mean of the axes (46.25).
    expect(p.percent).toBe(45)
    expect(p.band).toBe('limite')
  })

  it('ignores a declared engagement figure older than its activity reports', () => {
    const p = computePlanProgress(plan, reports)
    expect(engagement(p, 20).source).toBe('activities')
  })

  it('keeps a declared engagement figure more recent than all its activity reports', () => {
    const p = computePlanProgress(plan, [...reports, eng(10, '2020-07-15', 9, 70)])
    expect(engagement(p, 10)).toMatchObject({ percent: 70, source: 'declared', band: 'important', date: '2020-07-15' })
    // The activities still show their own latest figures beneath the declared one.
    expect(engagement(p, 10).activities.map((a) => a.percent)).toEqual([80, 20])
  })

  it('lets a later activity report take over again from a declared figure', () => {
    const p = computePlanProgress(plan, [...reports, eng(10, '2020-07-15', 9, 70), act(102, '2020-09-01', 10, 40)])
    // (80 × 1 + 40 × 3) / 4 = 50
    expect(engagement(p, 10)).toMatchObject({ percent: 50, source: 'activities' })
  })

  it('breaks ties between reports of the same date with seq, the later seq winning', () => {
    const same = [act(101, '2020-07-15', 8, 10), act(101, '2020-07-15', 12, 30), act(101, '2020-07-15', 10, 20)]
    expect(engagement(computePlanProgress(plan, same), 10).activities[0]?.percent).toBe(30)
    const declaredAfter = computePlanProgress(plan, [act(101, '2020-07-15', 8, 40), eng(10, '2020-07-15', 9, 70)])
    expect(engagement(declaredAfter, 10)).toMatchObject({ percent: 70, source: 'declared' })
    const declaredBefore = computePlanProgress(plan, [act(101, '2020-07-15', 8, 40), eng(10, '2020-07-15', 7, 70)])
    expect(engagement(declaredBefore, 10)).toMatchObject({ percent: 10, source: 'activities' })
  })

  it('counts only reports dated on or before the « as of » date', () => {
    const p = computePlanProgress(plan, reports, '2020-02-20')
    // Activity 101 as of then: 40 → (40 + 60) / 4 = 25; engagement 20 had only its declared 90.
    expect(engagement(p, 10).percent).toBe(25)
    expect(engagement(p, 20)).toMatchObject({ percent: 90, source: 'declared' })
    expect(p.percent).toBe(55)
    expect(computePlanProgress(plan, reports, '2020-03-01').percent).toBe(45)
    expect(computePlanProgress(plan, reports, '2019-12-31').percent).toBe(0)
  })

  it('can cut inside a day with a { date, seq } cutoff, for two meetings on the same date', () => {
    const day = [act(101, '2020-07-15', 3, 10), act(101, '2020-07-15', 7, 60)]
    expect(engagement(computePlanProgress(plan, day, { date: '2020-07-15', seq: 5 }), 10).percent).toBe(2.5)
    expect(engagement(computePlanProgress(plan, day, { date: '2020-07-15', seq: 7 }), 10).percent).toBe(15)
  })

  it('falls back to the plain mean when all weights of an engagement are 0', () => {
    const zero: PlanStructure = {
      axes: [{ id: 1, engagements: [{ id: 1, activities: [{ id: 1, weight: 0 }, { id: 2, weight: 0 }] }] }],
    }
    expect(computePlanProgress(zero, [act(1, '2020-01-01', 1, 30), act(2, '2020-01-01', 2, 60)]).percent).toBe(45)
  })

  it('gives 0 % to an engagement with neither activities nor declared figure, and to an empty plan', () => {
    const bare: PlanStructure = { axes: [{ id: 1, engagements: [{ id: 1, activities: [] }] }, { id: 2, engagements: [] }] }
    const p = computePlanProgress(bare, [])
    expect(p.axes[0]?.engagements[0]).toMatchObject({ percent: 0, source: 'activities', band: 'non_commence', date: null })
    expect(p.axes[1]).toMatchObject({ percent: 0, band: 'non_commence' })
    expect(computePlanProgress({ axes: [] }, []).percent).toBe(0)
  })

  it('handles ids of any size, not only small rowids', () => {
    const odd: PlanStructure = {
      axes: [{ id: 1, engagements: [{ id: 2 ** 40, activities: [{ id: 2 ** 33, weight: 1 }, { id: -3, weight: 1 }, { id: 7, weight: 2 }] }] }],
    }
    const p = computePlanProgress(odd, [act(2 ** 33, '2020-01-01', 1, 40), act(-3, '2020-01-01', 2, 20), act(7, '2020-01-01', 3, 10), act(2 ** 33, '2020-02-01', 4, 60)])
    // (60 + 20 + 10 × 2) / 4 = 25
    expect(p.percent).toBe(25)
    expect(computePlanProgress(odd, [eng(2 ** 40, '2021-01-01', 5, 80)]).percent).toBe(80)
    const fractional: PlanStructure = { axes: [{ id: 1, engagements: [{ id: 1, activities: [{ id: 2.5, weight: 1 }] }] }] }
    expect(computePlanProgress(fractional, [act(2.5, '2020-01-01', 1, 30)]).percent).toBe(30)
  })

  it('keeps percentages inside [0, 100] and ignores reports about unknown ids', () => {
    const p = computePlanProgress(plan, [act(101, '2020-01-01', 1, 140), act(102, '2020-01-01', 2, -5), act(999, '2020-01-01', 3, 50)])
    expect(engagement(p, 10).activities.map((a) => a.percent)).toEqual([100, 0])
  })
})

describe('bands and display', () => {
  it.each([
    [0, 'non_commence'],
    [0.0001, 'limite'],
    [0.4, 'limite'],
    [59.6, 'limite'],
    [59.99, 'limite'],
    [60, 'important'],
    [89.99, 'important'],
    [90, 'termine'],
    [100, 'termine'],
    [Number.NaN, 'non_commence'],
  ] as const)('puts %s %% in the band %s', (percent, band) => {
    expect(progressBand(percent)).toBe(band)
  })

  it('formats « 72 % » with a non-breaking space and rounds only for display', () => {
    expect(formatPercent(72)).toBe('72\u00a0%')
    expect(formatPercent(72.4)).toBe('72\u00a0%')
    expect(formatPercent(72.5)).toBe('73\u00a0%')
    expect(formatPercent(0)).toBe('0\u00a0%')
    expect(formatPercent(100)).toBe('100\u00a0%')
  })

  it('never shows a number that contradicts the band shown beside it', () => {
    expect(formatPercent(0.4)).toBe('1\u00a0%')
    expect(formatPercent(59.6)).toBe('59\u00a0%')
    expect(formatPercent(89.7)).toBe('89\u00a0%')
    expect(formatPercent(99.6)).toBe('99\u00a0%')
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => {
        expect(progressBand(displayPercent(p))).toBe(progressBand(p))
        expect(Math.abs(displayPercent(p) - p)).toBeLessThanOrEqual(1)
      }),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Properties, on random plans and random report histories.

const dateOf = (day: number) => new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10)

const planArb: fc.Arbitrary<PlanStructure> = fc
  .array(fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 5 }), { maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((shape) => {
    let next = 1
    return {
      axes: shape.map((engs, a) => ({
        id: a + 1,
        engagements: engs.map((weights) => ({ id: next++, activities: weights.map((weight) => ({ id: next++, weight })) })),
      })),
    }
  })

/** Reports on ids 1..40 (engagement and activity ids share that range), few distinct dates so ties happen. */
const reportsArb: fc.Arbitrary<ProgressReportInput[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom('activity' as const, 'engagement' as const),
      id: fc.integer({ min: 1, max: 40 }),
      day: fc.integer({ min: 0, max: 20 }),
      percent: fc.double({ min: 0, max: 100, noNaN: true }),
    }),
    { maxLength: 80 },
  )
  .map((rows) => rows.map((r, i) => ({ target: { kind: r.kind, id: r.id }, date: dateOf(r.day), seq: i + 1, percent: r.percent })))

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length)

describe('computePlanProgress — properties', () => {
  it('keeps every figure within [0, 100] and its band consistent', () => {
    fc.assert(
      fc.property(planArb, reportsArb, (p, r) => {
        const result = computePlanProgress(p, r)
        const all = [result, ...result.axes, ...engagements(result), ...engagements(result).flatMap((e) => e.activities)]
        for (const x of all) {
          expect(x.percent).toBeGreaterThanOrEqual(0)
          expect(x.percent).toBeLessThanOrEqual(100)
          expect(x.band).toBe(progressBand(x.percent))
        }
      }),
    )
  })

  it('makes the plan the mean of all its engagements and each axis the mean of its own', () => {
    fc.assert(
      fc.property(planArb, reportsArb, (p, r) => {
        const result = computePlanProgress(p, r)
        expect(close(result.percent, mean(engagements(result).map((e) => e.percent)))).toBe(true)
        for (const axis of result.axes) expect(close(axis.percent, mean(axis.engagements.map((e) => e.percent)))).toBe(true)
      }),
    )
  })

  it('leaves an engagement unchanged when all its weights are multiplied by the same factor', () => {
    fc.assert(
      fc.property(planArb, reportsArb, fc.integer({ min: 2, max: 1000 }), (p, r, k) => {
        const scaled: PlanStructure = {
          axes: p.axes.map((a) => ({
            ...a,
            engagements: a.engagements.map((e) => ({ ...e, activities: e.activities.map((x) => ({ ...x, weight: x.weight * k })) })),
          })),
        }
        const before = engagements(computePlanProgress(p, r))
        const after = engagements(computePlanProgress(scaled, r))
        before.forEach((e, i) => expect(Math.abs(e.percent - (after[i]?.percent ?? Number.NaN))).toBeLessThan(1e-9))
      }),
    )
  })

  it('lets a newer report always win, for an activity and for an engagement', () => {
    fc.assert(
      fc.property(planArb, reportsArb, fc.double({ min: 0, max: 100, noNaN: true }), fc.nat(), (p, r, percent, pick) => {
        const engs = p.axes.flatMap((a) => a.engagements)
        const acts = engs.flatMap((e) => e.activities)
        const later = { date: dateOf(20), seq: r.length + 1, percent }
        const target = acts[pick % Math.max(acts.length, 1)]
        if (target !== undefined) {
          const result = computePlanProgress(p, [...r, { target: { kind: 'activity', id: target.id }, ...later }])
          const found = engagements(result).flatMap((e) => e.activities).find((a) => a.id === target.id)
          expect(found?.percent).toBe(percent)
        }
        const e = engs[pick % Math.max(engs.length, 1)]
        if (e !== undefined) {
          const result = computePlanProgress(p, [...r, { target: { kind: 'engagement', id: e.id }, ...later }])
          expect(engagement(result, e.id)).toMatchObject({ percent, source: 'declared' })
        }
      }),
    )
  })

  it('gives the same result whatever the order of the reports', () => {
    fc.assert(
      fc.property(planArb, reportsArb, fc.nat(), (p, r, seed) => {
        const shuffled = [...r].sort((a, b) => ((a.seq * 7919 + seed) % 101) - ((b.seq * 7919 + seed) % 101))
        expect(computePlanProgress(p, shuffled)).toEqual(computePlanProgress(p, r))
      }),
    )
  })

  it('as of a date, equals the computation on the reports dated up to it', () => {
    fc.assert(
      fc.property(planArb, reportsArb, fc.integer({ min: 0, max: 20 }), (p, r, day) => {
        const cut = dateOf(day)
        expect(computePlanProgress(p, r, cut)).toEqual(computePlanProgress(p, r.filter((x) => x.date <= cut)))
      }),
    )
  })
})

describe('computePlanProgress — ten-year plan', () => {
  it('computes 3,200 activities from 100,000 reports (timing logged, budget 10 ms)', () => {
    const big: PlanStructure = { axes: [] }
    let id = 1
    for (let a = 0; a < 5; a++) {
      const engs = []
      for (let e = 0; e < 40; e++) {
        const acts = []
        for (let x = 0; x < 16; x++) acts.push({ id: id++, weight: 1 + (id % 3) })
        engs.push({ id: 100_000 + a * 100 + e, activities: acts })
      }
      big.axes.push({ id: a + 1, engagements: engs })
    }
    let state = 42
    const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31), state / 2 ** 31)
    const many: ProgressReportInput[] = []
    for (let i = 0; i < 100_000; i++) {
      const declared = i % 33 === 0
      const target = declared
        ? { kind: 'engagement' as const, id: 100_000 + Math.floor(rand() * 5) * 100 + Math.floor(rand() * 40) }
        : { kind: 'activity' as const, id: 1 + Math.floor(rand() * 3200) }
      many.push({ target, date: dateOf(Math.floor(rand() * 3650)), seq: i + 1, percent: Math.floor(rand() * 101) })
    }
    // Warm-up: the budget is for a running app, whose JIT has already compiled the code.
    for (let run = 0; run < 5; run++) computePlanProgress(big, many)
    const times: number[] = []
    let result: PlanProgress | undefined
    for (let run = 0; run < 21; run++) {
      const t0 = performance.now()
      result = computePlanProgress(big, many)
      times.push(performance.now() - t0)
    }
    times.sort((x, y) => x - y)
    console.log(
      `computePlanProgress 3,200 activities / 100,000 reports: median ${times[10]?.toFixed(2)} ms, min ${times[0]?.toFixed(2)} ms, max ${times[20]?.toFixed(2)} ms`,
    )
    expect(engagements(result as PlanProgress)).toHaveLength(200)
  })
})
