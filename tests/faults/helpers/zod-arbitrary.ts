/**
 * Plausible payloads for a channel, read from its zod schema: the right shape with values drawn
 * near what the app sends (small ids that exist in the example, real dates, the enum's words…),
 * so that the fuzz reaches the handlers and not only the validation. Checks (max lengths,
 * refinements) are ignored on purpose: some payloads break them.
 */
import fc from 'fast-check'

interface ZodLike {
  _zod: { def: Def }
}
interface Def {
  type: string
  shape?: Record<string, ZodLike>
  innerType?: ZodLike
  element?: ZodLike
  options?: ZodLike[]
  entries?: Record<string, string | number>
  values?: unknown[]
  getter?: () => ZodLike
  keyType?: ZodLike
  valueType?: ZodLike
  in?: ZodLike
  format?: string
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[]
}

const defOf = (schema: unknown): Def => (schema as ZodLike)._zod.def

/** Strings the app really sends, so that some payloads pass validation. */
const LIKELY_STRINGS = [
  '',
  'Réunion du Comité de pilotage',
  '2020-07-15',
  '2020-02-30',
  '10:00',
  '25:61',
  'fin juillet 2020',
  'à déterminer',
  'Rabat',
  'salma@example.ma',
  'pas-un-courriel',
  'copil-2020-07-15T100000000Z-manuelle.sqlite',
  '=HYPERLINK("http://exemple.invalid")',
  '../../etc/passwd',
  Buffer.from(
    'Civilité;Prénom;Nom;Organisation;Collège\nMme;Salma;Bennani;Nouvelle organisation;administration\n',
  ).toString('base64'),
]

function stringArbitrary(def: Def, hints: readonly string[]): fc.Arbitrary<string> {
  const likely = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...LIKELY_STRINGS, ...hints) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  )
  const regex = def.checks
    ?.map((c) => c._zod.def)
    .find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern
  if (regex) return fc.oneof(fc.stringMatching(regex), likely)
  return likely
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const integer = def.checks?.some((c) => c._zod.def.check === 'number_format')
  if (integer)
    return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.integer() })
  return fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.double())
}

/** Keys of an object schema that may be left out (optional or with a default). */
function omittable(schema: ZodLike): boolean {
  const type = defOf(schema).type
  return type === 'optional' || type === 'default'
}

/**
 * An arbitrary of plausible values for a zod schema; `hints` are more strings worth trying (the
 * name of a backup that exists…). Recursion (rich text) stops at depth 6.
 */
export function arbitraryFor(schema: unknown, hints: readonly string[] = [], depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const inner = (s: ZodLike | undefined) => (s ? arbitraryFor(s, hints, depth) : fc.constant(undefined))
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {}
      const keys = Object.keys(shape)
      const record = Object.fromEntries(keys.map((key) => [key, arbitraryFor(shape[key], hints, depth + 1)]))
      return fc.record(record, { requiredKeys: keys.filter((key) => !omittable(shape[key] as ZodLike)) })
    }
    case 'string':
      return stringArbitrary(def, hints)
    case 'number':
      return numberArbitrary(def)
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }))
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]))
    case 'array':
      return depth > 6 ? fc.constant([]) : fc.array(inner(def.element), { maxLength: 4 })
    case 'optional':
    case 'default':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 })
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 })
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => arbitraryFor(option, hints, depth)))
    case 'lazy':
      return depth > 6 || !def.getter
        ? fc.constant({ type: 'text', text: 'fin' })
        : arbitraryFor(def.getter(), hints, depth + 1)
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), inner(def.valueType), { maxKeys: 3 })
    case 'pipe':
      return inner(def.in)
    case 'null':
      return fc.constant(null)
    default:
      return fc.anything()
  }
}
