/**
 * Well-typed values for a zod 4 schema, as fast-check arbitraries: every value drawn passes the
 * schema (tests/faults/zod-arbitrary.test.ts checks it for every channel of the contract).
 *
 * zod-fast-check only knows zod 3 and fast-check 3, so this walks zod 4's definitions
 * (`schema._zod.def`) itself. Bounds, lengths, formats and regular expressions are built in;
 * what cannot be read (a `.refine`, a transform's output) is met by drawing from everyday shapes
 * and keeping the values the schema itself accepts. A schema type it does not know throws, so that
 * a new kind of input cannot silently escape the fuzz.
 */
import fc from 'fast-check'

/** The part of a zod 4 schema this walker reads. */
export interface ZodLike {
  _zod: { def: Def }
  safeParse(value: unknown): { success: boolean }
}

interface Constraint {
  check?: string
  format?: string
  pattern?: RegExp
  minimum?: number
  maximum?: number
  length?: number
  value?: number | bigint
  inclusive?: boolean
}

interface Def extends Constraint {
  type: string
  shape?: Record<string, ZodLike>
  catchall?: ZodLike
  innerType?: ZodLike
  element?: ZodLike
  options?: ZodLike[]
  entries?: Record<string, string | number>
  values?: unknown[]
  getter?: () => ZodLike
  keyType?: ZodLike
  valueType?: ZodLike
  items?: ZodLike[]
  rest?: ZodLike | null
  in?: ZodLike
  out?: ZodLike
  left?: ZodLike
  right?: ZodLike
  checks?: { _zod: { def: Constraint } }[]
}

/** Where a value sits in the payload, for `override`. */
export interface Site {
  /** The nearest object key above (an array's elements keep their array's key). */
  key: string | undefined
  /** Object keys and array positions (`*`) from the root. */
  path: readonly string[]
  /** The zod type at this site: `number`, `array`, `object`… */
  type: string
  schema: ZodLike
}

export interface ArbitraryOptions {
  /** Replaces the drawing at a site (real ids, real file contents); must itself be well-typed. */
  override?: (site: Site) => fc.Arbitrary<unknown> | undefined
  /** More strings worth trying where a string's refinement cannot be read. */
  strings?: readonly string[]
  /** How many levels a recursive (lazy) schema unfolds before its arrays stay at their minimum. */
  maxRecursion?: number
  /** Longest string drawn at random (a string may also be drawn at its exact maximum length). */
  maxStringLength?: number
  /** Longest array drawn (never beyond the schema's maximum). */
  maxArrayLength?: number
}

interface Walk {
  options: Required<Omit<ArbitraryOptions, 'override'>> & Pick<ArbitraryOptions, 'override'>
  key: string | undefined
  path: readonly string[]
  recursion: number
}

const defOf = (schema: ZodLike): Def => schema._zod.def

/** The def's own constraint (z.int(), z.email()) and those of its checks. */
function constraintsOf(def: Def): Constraint[] {
  const own = def.check ? [def] : []
  return [...own, ...(def.checks ?? []).map((check) => check._zod.def)]
}

/** Keeps the values the schema accepts: for what the walker cannot build by construction. */
const accepted = (schema: ZodLike) => (value: unknown) => schema.safeParse(value).success

/** Strings of everyday shapes, for refinements the walker cannot read (a real date, a non-blank text). */
const everyday = fc.oneof(
  fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom(
    'Comité de pilotage',
    'fin juillet 2020',
    'à déterminer',
    'Rabat',
    'لجنة القيادة',
    'salma@example.ma',
  ),
)

/** Letters a French and Arabic secretariat types, beside ASCII and any code point at all. */
const LETTERS = fc.constantFrom(...'aàâçeéèêëiîïoôuùûüœAÉÈÇ ’«»-,.:;!?0123456789لجنةالقيادةمحمد'.split(''))
// Any code point, lone surrogates included (fast-check's own 'binary' unit takes seconds to set up).
const ANY_CODE_POINT = fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point))
const TEXT_UNITS: fc.StringConstraints['unit'][] = ['grapheme-ascii', LETTERS, ANY_CODE_POINT]

function stringArbitrary(schema: ZodLike, def: Def, walk: Walk): fc.Arbitrary<string> {
  const constraints = constraintsOf(def)
  let min = 0
  let max = Number.POSITIVE_INFINITY
  const patterns: RegExp[] = []
  let unread = false
  for (const c of constraints) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0)
    else if (c.check === 'max_length') max = Math.min(max, c.maximum ?? max)
    else if (c.check === 'length_equals') {
      min = c.length ?? 0
      max = min
    } else if (c.check === 'string_format' && c.pattern) patterns.push(c.pattern)
    else if (c.check !== 'overwrite') unread = true
  }
  const cap = Math.max(min, Math.min(max, walk.options.maxStringLength))
  let arbitrary: fc.Arbitrary<string>
  if (patterns[0]) {
    arbitrary = fc.stringMatching(patterns[0])
  } else {
    const random = fc.oneof(...TEXT_UNITS.map((unit) => fc.string({ unit, minLength: min, maxLength: cap })))
    // A refinement (a real date, a non-blank text) is met mostly by everyday shapes.
    const parts: fc.WeightedArbitrary<string>[] = [
      { weight: 2, arbitrary: random },
      { weight: unread ? 4 : 1, arbitrary: everyday },
    ]
    if (walk.options.strings.length > 0) parts.push({ weight: 1, arbitrary: fc.constantFrom(...walk.options.strings) })
    // Exactly at the limit now and then, when the limit is one a payload can afford.
    if (Number.isFinite(max) && max <= 300_000 && max > cap)
      parts.push({ weight: 1, arbitrary: fc.constantFrom('é', 'a', 'ش', ' x').map((u) => u.repeat(max).slice(0, max)) })
    arbitrary = fc.oneof(...parts)
  }
  // Lengths and further patterns are checked rather than built; so is any refinement.
  const needsCheck = unread || patterns.length > 1 || (patterns.length > 0 && (min > 0 || Number.isFinite(max)))
  return needsCheck || !patterns[0] ? arbitrary.filter(accepted(schema)) : arbitrary
}

function numberArbitrary(schema: ZodLike, def: Def): fc.Arbitrary<number> {
  let integer = false
  let min = Number.NEGATIVE_INFINITY
  let max = Number.POSITIVE_INFINITY
  let minExcluded = false
  let maxExcluded = false
  let unread = false
  for (const c of constraintsOf(def)) {
    const value = Number(c.value)
    if (c.check === 'number_format') integer ||= /int/.test(c.format ?? '')
    else if (c.check === 'greater_than' && value >= min) {
      min = value
      minExcluded = !c.inclusive
    } else if (c.check === 'less_than' && value <= max) {
      max = value
      maxExcluded = !c.inclusive
    } else unread = true
  }
  let arbitrary: fc.Arbitrary<number>
  if (integer) {
    const low = Number.isFinite(min)
      ? Math.ceil(minExcluded && Number.isInteger(min) ? min + 1 : min)
      : Number.MIN_SAFE_INTEGER
    const high = Number.isFinite(max)
      ? Math.floor(maxExcluded && Number.isInteger(max) ? max - 1 : max)
      : Number.MAX_SAFE_INTEGER
    // Small numbers mostly, as people type them; the whole range now and then.
    const small = fc.integer({ min: Math.max(low, Math.min(high, 0)), max: Math.min(high, Math.max(low, 0) + 100) })
    arbitrary = fc.oneof({ weight: 3, arbitrary: small }, { weight: 1, arbitrary: fc.integer({ min: low, max: high }) })
  } else {
    arbitrary = fc.double({
      noNaN: true,
      noDefaultInfinity: true,
      ...(Number.isFinite(min) ? { min, minExcluded } : { min: -Number.MAX_VALUE }),
      ...(Number.isFinite(max) ? { max, maxExcluded } : { max: Number.MAX_VALUE }),
    })
  }
  return unread ? arbitrary.filter(accepted(schema)) : arbitrary
}

function arrayArbitrary(schema: ZodLike, def: Def, walk: Walk): fc.Arbitrary<unknown[]> {
  let min = 0
  let max = Number.POSITIVE_INFINITY
  let unread = false
  for (const c of constraintsOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum ?? 0)
    else if (c.check === 'max_length') max = Math.min(max, c.maximum ?? max)
    else if (c.check === 'length_equals') {
      min = c.length ?? 0
      max = min
    } else unread = true
  }
  const deepEnough = walk.recursion >= walk.options.maxRecursion
  const maxLength = deepEnough ? min : Math.max(min, Math.min(max, walk.options.maxArrayLength))
  if (maxLength === 0) return fc.constant([])
  const element = arbitraryAt(def.element as ZodLike, { ...walk, path: [...walk.path, '*'] })
  const arbitrary = fc.array(element, { minLength: min, maxLength })
  return unread ? arbitrary.filter(accepted(schema)) : arbitrary
}

/** Keys of an object schema that may be left out. */
function omittable(schema: ZodLike): boolean {
  const type = defOf(schema).type
  return type === 'optional' || type === 'default' || type === 'prefault'
}

function objectArbitrary(schema: ZodLike, def: Def, walk: Walk): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape ?? {}
  const keys = Object.keys(shape)
  const fields = Object.fromEntries(
    keys.map((key) => [key, arbitraryAt(shape[key] as ZodLike, { ...walk, key, path: [...walk.path, key] })]),
  )
  const record = fc.record(fields, { requiredKeys: keys.filter((key) => !omittable(shape[key] as ZodLike)) })
  return constraintsOf(def).length > 0 ? record.filter(accepted(schema)) : record
}

/** An arbitrary of values that `schema` accepts. */
export function arbitraryFor(schema: unknown, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const walk: Walk = {
    options: {
      strings: [],
      maxRecursion: 3,
      maxStringLength: 40,
      maxArrayLength: 4,
      ...options,
    },
    key: undefined,
    path: [],
    recursion: 0,
  }
  return arbitraryAt(schema as ZodLike, walk)
}

function arbitraryAt(schema: ZodLike, walk: Walk): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const replaced = walk.options.override?.({ key: walk.key, path: walk.path, type: def.type, schema })
  if (replaced) return replaced
  const inner = (s: ZodLike | undefined | null, w: Walk = walk) => {
    if (!s) throw new Error(`zod-arbitrary: ${def.type} without an inner schema at ${walk.path.join('.')}`)
    return arbitraryAt(s, w)
  }
  switch (def.type) {
    case 'string':
      return stringArbitrary(schema, def, walk)
    case 'number':
      return numberArbitrary(schema, def)
    case 'bigint':
      return fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).filter(accepted(schema))
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'undefined':
    case 'void':
      return fc.constant(undefined)
    case 'nan':
      return fc.constant(Number.NaN)
    case 'date':
      return fc.date({ noInvalidDate: true }).filter(accepted(schema))
    case 'any':
    case 'unknown':
      return fc.jsonValue({ maxDepth: 2 })
    case 'literal':
      return fc.constantFrom(...(def.values ?? []))
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}))
    case 'object':
      return objectArbitrary(schema, def, walk)
    case 'array':
      return arrayArbitrary(schema, def, walk)
    case 'tuple': {
      const items = (def.items ?? []).map((item, i) => inner(item, { ...walk, path: [...walk.path, String(i)] }))
      const rest = def.rest ? fc.array(inner(def.rest), { maxLength: walk.options.maxArrayLength }) : fc.constant([])
      return fc.tuple(fc.tuple(...items), rest).map(([head, tail]) => [...head, ...tail])
    }
    case 'record':
      return fc
        .dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: 3 })
        .filter(accepted(schema))
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)))
    case 'intersection':
      return inner(def.left).filter(accepted(schema))
    // Past the recursion depth, what may be left out is left out, so that the drawing ends.
    case 'optional':
    case 'default':
    case 'prefault':
      if (walk.recursion > walk.options.maxRecursion) return fc.constant(undefined)
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 })
    case 'nullable':
      if (walk.recursion > walk.options.maxRecursion) return fc.constant(null)
      return fc.option(inner(def.innerType), { nil: null, freq: 4 })
    case 'nonoptional':
      return inner(def.innerType).filter((value) => value !== undefined)
    case 'catch':
    case 'readonly':
      return inner(def.innerType)
    case 'lazy':
      if (!def.getter) throw new Error('zod-arbitrary: lazy without a getter')
      return inner(def.getter(), { ...walk, recursion: walk.recursion + 1 })
    case 'pipe':
      // What goes in is drawn; what comes out of a transform is checked by the schema itself.
      return inner(def.in).filter(accepted(schema))
    default:
      throw new Error(
        `zod-arbitrary: no arbitrary for zod type « ${def.type} » at ${walk.path.join('.') || 'the root'}`,
      )
  }
}
