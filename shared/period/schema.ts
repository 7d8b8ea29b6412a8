/**
 * Zod schema for a stored or imported period: checks the shape, then every rule of
 * `periodProblems`, with French messages.
 */
import { z } from 'zod'
import { MONTH_PARTS, type PlannedPeriod } from './types'
import { periodProblems } from './validate'

const integer = (what: string) =>
  z.number({ error: `${what} doit être un nombre.` }).int({ error: `${what} doit être un nombre entier.` })
const isoDate = (what: string) => z.string({ error: `${what} doit être une date au format aaaa-mm-jj.` })

// Strict objects, so that a misspelt field in an interchange file is reported, not silently dropped.
const strict = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `Champ inconnu dans la période : ${issue.keys.join(', ')}.` : undefined,
  })

const year = integer("L'année")
const month = integer('Le mois')

const part = z.enum(MONTH_PARTS, { error: 'La partie du mois doit être « debut », « mi » ou « fin ».' })

const simpleKinds = [
  strict({
    kind: z.literal('day'),
    date: isoDate('La date'),
    time: z.string({ error: "L'heure doit être au format hh:mm." }).optional(),
  }),
  strict({ kind: z.literal('days'), start: isoDate('La date de début'), end: isoDate('La date de fin') }),
  strict({ kind: z.literal('month'), year, month }),
  strict({
    kind: z.literal('months'),
    year,
    fromMonth: integer('Le mois de début'),
    toYear: integer("L'année de fin").optional(),
    toMonth: integer('Le mois de fin'),
  }),
  strict({
    kind: z.literal('part'),
    year,
    month,
    part,
  }),
  strict({
    kind: z.literal('weeks'),
    year,
    month,
    weeks: z.array(integer('Le numéro de semaine'), { error: 'Les semaines doivent être une liste de numéros.' }),
  }),
  strict({ kind: z.literal('quarter'), year, quarter: integer('Le trimestre') }),
  strict({ kind: z.literal('semester'), year, semester: integer('Le semestre') }),
  strict({ kind: z.literal('year'), year }),
  strict({ kind: z.literal('yearPart'), year, part }),
  strict({ kind: z.literal('fortnight'), year, month, half: integer('La quinzaine') }),
  strict({ kind: z.literal('weekOf'), date: isoDate('La date') }),
] as const

// Which parts a range, set or deadline admits is checked by `periodProblems`, with its messages.
const simple = z.discriminatedUnion('kind', simpleKinds, {
  error: () => 'Partie de période invalide : le type (« kind ») est absent ou inconnu.',
})
const note = z.string({ error: 'La note doit être un texte.' }).optional()

const kinds = [
  ...simpleKinds,
  strict({ kind: z.literal('from'), year, month, day: integer('Le jour').optional() }),
  strict({ kind: z.literal('range'), from: simple, to: simple }),
  strict({ kind: z.literal('set'), items: z.array(simple, { error: 'Les dates doivent être une liste.' }) }),
  strict({ kind: z.literal('deadline'), by: simple, before: z.literal(true).optional() }),
  strict({ kind: z.literal('tbd'), note }),
  strict({ kind: z.literal('cancelled'), note }),
] as const

/** Validates a PlannedPeriod (shape and calendar rules), with French error messages. */
export const plannedPeriodSchema: z.ZodType<PlannedPeriod> = z
  .discriminatedUnion('kind', kinds, {
    error: (issue) =>
      typeof issue.input !== 'object' || issue.input === null || Array.isArray(issue.input)
        ? 'Période planifiée invalide : un objet est attendu.'
        : 'Période planifiée invalide : le type (« kind ») est absent ou inconnu.',
  })
  .superRefine((period, ctx) => {
    for (const problem of periodProblems(period)) {
      ctx.addIssue({
        code: 'custom',
        message: problem.message,
        path: problem.path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      })
    }
  })
