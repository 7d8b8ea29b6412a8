/**
 * The interchange file of a whole action plan (`copil export-json` / `copil import-json`), as a zod
 * schema so that main and the renderer validate it the same way; docs/plan-format.md describes it
 * and docs/plan-format.schema.json is generated from it. Progress reports and replans are listed in
 * RECORDING ORDER (oldest first): on the same date, the later one in the file wins.
 */
import { z } from 'zod'
import { plannedPeriodSchema } from '../period'
import { REPLAN_KINDS } from '../domain/vocabulary'
import { fr } from '../i18n/fr'
import { CleanString, isRealDate } from '../api/schemas'
import { checkReferences } from './plan-format-checks'

const f = fr.plan.format
const v = fr.validation

export const PLAN_FORMAT_ID = 'copil-plan'
export const PLAN_FORMAT_VERSION = 1

const text = (max: number) => CleanString({ error: f.text }).max(max, { error: v.tooLong })
const required = (max: number) => text(max).refine((s) => s.trim().length > 0, { error: f.required })
const positiveInt = z.number({ error: f.positiveInteger }).int({ error: f.positiveInteger }).positive({ error: f.positiveInteger })
const isoDate = z.string({ error: v.date }).refine(isRealDate, { error: v.date }).meta({ description: 'Date aaaa-mm-jj.', format: 'date' })
const percent = z.number({ error: v.percent }).min(0, { error: v.percent }).max(100, { error: v.percent })

/** A planned period: the text as typed, and the period read from it (null: kept as typed, « à préciser »). */
export const periodFieldSchema = z
  .strictObject({
    text: text(300).meta({ description: 'La période telle qu’elle a été écrite (« fin juillet 2020 »).' }),
    period: plannedPeriodSchema
      .nullable()
      .optional()
      .meta({ description: 'La période lue dans le texte ; null : texte gardé tel quel, « à préciser » ; absente : Copil lit le texte.' }),
  })
  .meta({ id: 'PeriodField', description: 'Période planifiée.' })

/** The meeting a report or replan comes from, found again on import by its date (and title). */
export const meetingFieldSchema = z
  .strictObject({ date: isoDate, title: text(500).optional() })
  .meta({ id: 'MeetingField', description: 'Réunion d’origine, retrouvée à l’import par sa date (et son titre).' })

export const axisFileSchema = z.strictObject({
  number: positiveInt.meta({ description: 'Numéro d’ordre de l’axe (1, 2, 3…).' }),
  title: required(1_000),
})

export const activityFileSchema = z.strictObject({
  number: positiveInt,
  title: required(2_000),
  weight: z
    .number({ error: v.positiveWeight })
    .positive({ error: v.positiveWeight })
    .max(1_000_000, { error: v.positiveWeight })
    .default(1)
    .meta({ description: 'Poids de l’activité dans la moyenne pondérée de l’engagement (1 par défaut).' }),
  baseline: periodFieldSchema.default({ text: '' }).meta({ description: 'Planification initiale.' }),
})

export const engagementFileSchema = z.strictObject({
  number: positiveInt,
  axis: positiveInt.meta({ description: 'Numéro de l’axe (« number » d’un élément de « axes »).' }),
  title: required(2_000),
  responsible: text(500)
    .default('')
    .meta({ description: 'Organisme responsable, retrouvé par son nom dans l’annuaire ou créé (collège administration).' }),
  projectLead: text(300).default('').meta({ description: 'Chef de projet.' }),
  activities: z.array(activityFileSchema).max(10_000).default([]),
})

export const reportFileSchema = z.strictObject({
  engagement: positiveInt.meta({ description: 'Numéro de l’engagement.' }),
  activity: positiveInt.optional().meta({ description: 'Numéro de l’activité ; absent : rapport sur l’engagement entier.' }),
  date: isoDate,
  meeting: meetingFieldSchema.nullable().optional(),
  percent,
  narrative: text(100_000).default('').meta({ description: 'État d’avancement.' }),
  difficulties: text(100_000).default(''),
  replanning: text(100_000).default('').meta({ description: '« Nouvelle planification des actions restantes » (rapports d’engagement).' }),
})

export const replanFileSchema = z.strictObject({
  engagement: positiveInt,
  activity: positiveInt,
  date: isoDate.meta({ description: 'Date de la décision.' }),
  meeting: meetingFieldSchema.nullable().optional(),
  previous: periodFieldSchema,
  new: periodFieldSchema,
  reason: text(10_000).default(''),
  kind: z.enum(REPLAN_KINDS, { error: `doit valoir ${REPLAN_KINDS.map((k) => `« ${k} »`).join(', ')}` }),
})

/** The whole file. */
export const planFileSchema = z
  .strictObject({
    format: z.literal(PLAN_FORMAT_ID, { error: f.wrongFormat }),
    version: z.literal(PLAN_FORMAT_VERSION, { error: f.wrongVersion.replace('{{version}}', String(PLAN_FORMAT_VERSION)) }),
    exportedAt: text(40).optional().meta({ description: 'Horodatage de l’export (information seulement).' }),
    plan: z.strictObject({
      title: required(500),
      period: text(100).default('').meta({ description: 'Période du plan (« 2018-2020 »).' }),
      committee: text(300)
        .nullable()
        .default(null)
        .meta({ description: 'Nom du comité qui suit le plan, retrouvé par son nom ; absent de la base : le plan n’est rattaché à aucun comité.' }),
    }),
    axes: z.array(axisFileSchema).max(1_000),
    engagements: z.array(engagementFileSchema).max(10_000),
    progress: z
      .array(reportFileSchema)
      .max(2_000_000)
      .default([])
      .meta({ description: 'Rapports d’avancement, dans l’ordre d’enregistrement.' }),
    replans: z.array(replanFileSchema).max(1_000_000).default([]).meta({ description: 'Replanifications, dans l’ordre d’enregistrement.' }),
  })
  .superRefine(checkReferences)
  .meta({ title: 'Plan d’action Copil', description: 'Fichier d’échange d’un plan d’action entier (voir docs/plan-format.md).' })

export type PlanFile = z.output<typeof planFileSchema>
export type PlanFileInput = z.input<typeof planFileSchema>
export type PeriodField = z.output<typeof periodFieldSchema>

/** The JSON Schema of the file format (draft 2020-12), as committed in docs/plan-format.schema.json. */
export function planFormatJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
}
