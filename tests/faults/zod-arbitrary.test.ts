/**
 * The zod 4 → fast-check walker the API fuzz builds its well-typed payloads with: every value it
 * draws must pass the schema it was drawn from, for each kind of schema and for every channel of
 * the contract, and it must reach the bounds, not only their middle.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { z } from 'zod'
import { CHANNEL_NAMES, contract } from '../../shared/api/contract'
import { arbitraryFor, type ZodLike } from './helpers/zod-arbitrary'

const SAMPLES = 300

/** Values drawn for `schema` that it refuses, described. */
function refusedSamples(schema: z.ZodType, numRuns = SAMPLES, seed = 42): string[] {
  return fc
    .sample(arbitraryFor(schema), { numRuns, seed })
    .filter((value) => !schema.safeParse(value).success)
    .map((value) => `${JSON.stringify(value)?.slice(0, 200)} — ${schema.safeParse(value).error?.issues[0]?.message}`)
}

const Rich: z.ZodType = z.lazy(() =>
  z.object({ type: z.string().max(10), content: z.array(Rich).max(3).optional() }).strict(),
)

const KINDS: [string, z.ZodType][] = [
  [
    'a strict object with optional and default keys',
    z.object({ a: z.string(), b: z.number().optional(), c: z.boolean().default(false) }).strict(),
  ],
  ['a loose object', z.object({ a: z.string() }).loose()],
  ['a string with a minimum and a maximum length', z.string().min(3).max(7)],
  ['a string of exact length, trimmed', z.string().trim().length(4)],
  ['a string matching a regular expression', z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)],
  [
    'a regex with unicode classes and a maximum',
    z
      .string()
      .max(40)
      .regex(/^[\p{L}\p{N}_ -]+-\d{4}\.sqlite$/u),
  ],
  ['an email, or nothing', z.union([z.literal(''), z.email()])],
  ['a uuid', z.uuid()],
  ['an ISO date format', z.iso.date()],
  ['starts with, ends with', z.string().startsWith('ab').endsWith('z')],
  [
    'a string refined to a real calendar date',
    z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))),
  ],
  [
    'a non-blank string',
    z
      .string()
      .max(20)
      .refine((s) => s.trim().length > 0),
  ],
  ['a positive integer', z.number().int().positive()],
  ['an integer between exclusive bounds', z.number().int().gt(3).lt(6)],
  ['a bounded number', z.number().min(0).max(100)],
  ['a positive number', z.number().positive().max(1_000_000)],
  ['a multiple of five', z.number().int().multipleOf(5).max(1_000)],
  ['z.int()', z.int()],
  ['an enum', z.enum(['brouillon', 'adopte'])],
  ['a literal', z.literal('doc')],
  [
    'a union of objects',
    z.union([z.object({ meetingId: z.number() }).strict(), z.object({ date: z.string() }).strict()]),
  ],
  [
    'a discriminated union',
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a'), n: z.number() }),
      z.object({ kind: z.literal('b'), s: z.string() }),
    ]),
  ],
  ['an array with bounds', z.array(z.number().int()).min(1).max(3)],
  [
    'an array refined to unique items',
    z
      .array(z.number().int().min(1).max(50))
      .max(4)
      .refine((a) => new Set(a).size === a.length),
  ],
  ['a tuple with a rest', z.tuple([z.string(), z.number()], z.boolean())],
  ['a record', z.record(z.string().max(5), z.union([z.string(), z.number(), z.null()]))],
  ['a nullable with a default', z.number().nullable().default(null)],
  [
    'a transform piped into a check',
    z
      .string()
      .transform((s) => s.length)
      .pipe(z.number().max(30)),
  ],
  [
    'an object refined across keys',
    z.object({ start: z.number().int(), end: z.number().int() }).refine((o) => o.end >= o.start),
  ],
  ['a recursive rich text', Rich],
  ['an intersection', z.intersection(z.object({ a: z.string() }), z.object({ b: z.number().optional() }))],
  ['a date, a bigint, null, unknown', z.object({ d: z.date(), b: z.bigint().positive(), n: z.null(), u: z.unknown() })],
  [
    'a readonly, a catch, a nonoptional',
    z.object({ r: z.string().readonly(), c: z.number().catch(0), o: z.string().optional().nonoptional() }),
  ],
]

describe('well-typed values from a zod 4 schema', () => {
  for (const [name, schema] of KINDS) {
    it(`draws only values the schema accepts: ${name}`, () => {
      expect(refusedSamples(schema)).toEqual([])
    })
  }

  it('draws only values the schema accepts, for the input of every channel of the contract', () => {
    const refused = CHANNEL_NAMES.flatMap((channel, i) =>
      refusedSamples(contract[channel].input, 150, i).map((problem) => `${channel}: ${problem}`),
    )
    expect(refused.slice(0, 10)).toEqual([])
  })

  it('reaches the bounds: the smallest and largest integer, a string at its maximum length', () => {
    const numbers = new Set(fc.sample(arbitraryFor(z.number().int().min(3).max(9)), { numRuns: 500, seed: 1 }))
    expect(numbers.has(3) && numbers.has(9)).toBe(true)
    expect([...numbers].every((n) => typeof n === 'number' && n >= 3 && n <= 9)).toBe(true)
    const lengths = fc
      .sample(arbitraryFor(z.string().max(5_000)), { numRuns: 500, seed: 1 })
      .map((s) => (s as string).length)
    expect(Math.max(...lengths)).toBe(5_000)
  })

  it('leaves out optional keys now and then, and keeps required ones', () => {
    const values = fc.sample(arbitraryFor(z.object({ a: z.string(), b: z.string().optional() }).strict()), {
      numRuns: 200,
      seed: 3,
    }) as Record<string, unknown>[]
    expect(values.every((v) => 'a' in v)).toBe(true)
    expect(values.some((v) => !('b' in v))).toBe(true)
    expect(values.some((v) => typeof v.b === 'string')).toBe(true)
  })

  it('stops unfolding a recursive schema at the depth asked', () => {
    const depth = (node: unknown): number => {
      const content = (node as { content?: unknown[] }).content ?? []
      return 1 + Math.max(0, ...content.map(depth))
    }
    const values = fc.sample(arbitraryFor(Rich, { maxRecursion: 2 }), { numRuns: 200, seed: 4 })
    expect(Math.max(...values.map(depth))).toBeLessThanOrEqual(3)
  })

  it('lets the caller draw a site itself, by key (real ids)', () => {
    const schema = z
      .object({ meetingId: z.number().int().positive(), ids: z.array(z.number().int().positive()) })
      .strict()
    const values = fc.sample(
      arbitraryFor(schema, {
        override: ({ key, type }) => (key === 'meetingId' && type === 'number' ? fc.constantFrom(7, 8) : undefined),
      }),
      { numRuns: 100, seed: 5 },
    ) as { meetingId: number }[]
    expect(new Set(values.map((v) => v.meetingId))).toEqual(new Set([7, 8]))
  })

  it('says which schema type it does not know, instead of drawing anything', () => {
    expect(() => arbitraryFor(z.object({ s: z.symbol() }) as unknown as ZodLike)).toThrow(/« symbol » at s/)
    expect(() => arbitraryFor(z.never())).toThrow(/« never »/)
  })
})
