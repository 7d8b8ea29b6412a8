/**
 * Fuzz cases for the API: half well-typed payloads drawn from the channel's schema
 * (helpers/zod-arbitrary.ts, naming real rows through helpers/fuzz-pools.ts), half the same with
 * one thing wrong — a field of the wrong type, missing or extra, a huge string, a very deep
 * nesting, a prototype-pollution key — or plain junk of any JavaScript type.
 */
import fc from 'fast-check'
import { arbitraryFor, type ArbitraryOptions } from './zod-arbitrary'

export const MUTATIONS = ['wellTyped', 'wrongType', 'missing', 'extra', 'huge', 'deep', 'proto', 'junk'] as const
export type Mutation = (typeof MUTATIONS)[number]

export interface FuzzCase {
  mutation: Mutation
  payload: unknown
}

type Container = Record<string, unknown> | unknown[]

/** Every (container, key) of a plain value, the root excluded. */
function slots(value: unknown, found: [Container, string | number][] = []): [Container, string | number][] {
  if (Array.isArray(value)) value.forEach((item, i) => (found.push([value, i]), slots(item, found)))
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      found.push([value as Record<string, unknown>, key])
      slots(item, found)
    }
  }
  return found
}

function objects(value: unknown): Record<string, unknown>[] {
  const found =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? [value as Record<string, unknown>] : []
  for (const [container, key] of slots(value)) {
    const item = (container as Record<string | number, unknown>)[key]
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) found.push(item as Record<string, unknown>)
  }
  return found
}

/** Sets an own property, even one named __proto__ (as JSON.parse does), never the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
}

/** Nested `depth` levels deep, shaped like rich text so that recursive schemas walk into it. */
function deepValue(depth: number, shape: 'array' | 'rich'): unknown {
  let value: unknown = shape === 'rich' ? { type: 'text', text: 'fond' } : 'fond'
  for (let i = 0; i < depth; i++) value = shape === 'rich' ? { type: 'paragraph', content: [value] } : [value]
  return value
}

const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -0, 1e308, -1, 0, 2 ** 53, '1', 'true', [], {}),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
)

const EXTRA_KEYS = [
  'extra',
  'isAdmin',
  'id',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
]
const POLLUTION = () =>
  JSON.parse('{"__proto__": {"polluted": "oui"}, "constructor": {"prototype": {"polluted": "oui"}}}') as Record<
    string,
    unknown
  >

/**
 * Arbitrary fuzz cases for a channel's input schema: half well-typed, half malformed, unless
 * `wellTypedShare` says otherwise (a channel whose accepted calls are costly, like an export).
 */
export function fuzzCases(
  schema: unknown,
  options: ArbitraryOptions = {},
  wellTypedShare = 0.5,
): fc.Arbitrary<FuzzCase> {
  const wellTyped = arbitraryFor(schema, options)
  const pick = fc.nat()
  const mutate = (
    mutation: Mutation,
    extra: fc.Arbitrary<unknown>,
    apply: (payload: unknown, at: number, value: unknown) => unknown,
  ) =>
    fc.tuple(wellTyped, pick, extra).map(([payload, at, value]) => {
      const copy = structuredClone(payload)
      return { mutation, payload: apply(copy, at, value) }
    })
  const slotAt = (payload: unknown, at: number) => {
    const all = slots(payload)
    return all.length === 0 ? undefined : all[at % all.length]
  }
  const replace = (payload: unknown, at: number, value: unknown) => {
    const slot = slotAt(payload, at)
    if (!slot) return value
    ;(slot[0] as Record<string | number, unknown>)[slot[1]] = value
    return payload
  }

  return fc.oneof(
    {
      weight: Math.round((13 * wellTypedShare) / (1 - wellTypedShare)),
      arbitrary: wellTyped.map((payload) => ({ mutation: 'wellTyped' as const, payload })),
    },
    { weight: 3, arbitrary: mutate('wrongType', wrongValue, replace) },
    {
      weight: 2,
      arbitrary: mutate('missing', fc.constant(null), (payload, at) => {
        const slot = slotAt(payload, at)
        if (!slot) return undefined
        if (Array.isArray(slot[0])) slot[0].splice(Number(slot[1]), 1)
        else delete slot[0][slot[1] as string]
        return payload
      }),
    },
    {
      weight: 2,
      arbitrary: mutate(
        'extra',
        fc.tuple(fc.constantFrom(...EXTRA_KEYS), fc.anything({ maxDepth: 1 })),
        (payload, at, value) => {
          const [key, item] = value as [string, unknown]
          const targets = objects(payload)
          const target = targets[at % Math.max(1, targets.length)]
          if (!target) return { [key]: item }
          setOwn(target, key, item)
          return payload
        },
      ),
    },
    {
      weight: 2,
      arbitrary: mutate('huge', fc.constantFrom(20_001, 100_001, 300_001, 2_000_001), (payload, at, length) => {
        const text = 'é'.repeat(length as number)
        return replace(payload, at, text)
      }),
    },
    {
      weight: 1,
      arbitrary: mutate(
        'deep',
        fc.tuple(fc.constantFrom(64, 1_000, 10_000, 100_000), fc.constantFrom('array' as const, 'rich' as const)),
        (payload, at, value) => {
          const [depth, shape] = value as [number, 'array' | 'rich']
          const deep =
            shape === 'rich' ? { type: 'doc', content: [deepValue(depth, 'rich')] } : deepValue(depth, 'array')
          return replace(payload, at, deep)
        },
      ),
    },
    {
      weight: 1,
      arbitrary: mutate('proto', fc.constant(null), (payload, at) => {
        const targets = objects(payload)
        const target = targets[at % Math.max(1, targets.length)]
        const pollution = POLLUTION()
        if (!target) return pollution
        for (const key of Object.keys(pollution)) setOwn(target, key, pollution[key])
        return payload
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .anything({
          maxDepth: 3,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withObjectString: true,
          withBoxedValues: true,
        })
        .map((payload) => ({ mutation: 'junk' as const, payload })),
    },
  )
}
