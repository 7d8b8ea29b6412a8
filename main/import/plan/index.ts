/**
 * « Importer un plan »: a preview that writes nothing, then a commit that reads the same bytes again
 * and writes the plan in one transaction (main/interchange/plan-json/import.ts), all or nothing.
 * The file is read in the import worker, off the request loop.
 */
import type { Db } from '../../db/connection'
import type { PlanImportAxis, PlanImportPreview, PlanImportResult } from '../../../shared/domain/plan-import'
import type { PlanFile } from '../../../shared/interchange/plan-format'
import { foldText } from '../../../shared/text/fold'
import { t } from '../../../shared/i18n/translate'
import { AppError } from '../../errors'
import { listPlans } from '../../db/repos/plan/plans'
import { committeeNamed, importPlanFile, organisationsToCreate } from '../../interchange/plan-json/import'
import { todayIso } from '../../services/plan-progress'
import { runImportJob } from '../off-thread'
import type { PlanRead } from './read-file'

/** A plan file as the renderer sends it; `title` is the name typed in the preview, instead of the file's. */
export interface PlanImportInput {
  fileName: string
  contentBase64: string
  title?: string | undefined
  /** The committee chosen in the preview (null: none); absent, the one the file names. */
  committeeId?: number | null | undefined
}

/** Reads and validates the file in the import worker; the title typed in the preview replaces the file's. */
export async function readPlanFileOffThread(input: PlanImportInput): Promise<PlanRead> {
  const name = input.fileName.trim()
  // Decoded here and handed over, not copied: the worker never holds the base64 text.
  const bytes = Buffer.from(input.contentBase64, 'base64')
  const outcome = await runImportJob<PlanRead>({ kind: 'plan', fileName: input.fileName, bytes, today: todayIso() })
  if (outcome.kind === 'heavy') return { ok: false, format: null, problems: [t('data.import.tooHeavy', { name })] }
  if (outcome.kind === 'failed')
    return { ok: false, format: null, problems: [t('data.import.unreadable', { name, reason: outcome.message })] }
  const read = outcome.result
  const title = input.title?.trim() ?? ''
  if (read.ok && title !== '') read.file.plan.title = title
  return read
}

/** The plan of the same name already in the database, if any (names compared folded). */
function planNamed(db: Db, title: string): { id: number; title: string } | undefined {
  const key = foldText(title)
  return listPlans(db).find((p) => foldText(p.title) === key)
}

/** The axes with their engagements and activities, as the preview lists them. */
function treeOf(file: PlanFile): PlanImportAxis[] {
  return [...file.axes]
    .sort((a, b) => a.number - b.number)
    .map((axis) => ({
      number: axis.number,
      title: axis.title,
      engagements: file.engagements
        .filter((e) => e.axis === axis.number)
        .map((e) => ({
          number: e.number,
          title: e.title,
          responsible: e.responsible,
          activities: e.activities.map((a) => ({
            number: a.number,
            title: a.title,
            weight: a.weight,
            baseline: a.baseline.text,
          })),
        })),
    }))
}

const NO_COUNTS = { axes: 0, engagements: 0, activities: 0, reports: 0, replans: 0 }

/** Tells what importing the file would create, and every problem that forbids it; writes nothing. */
export async function previewPlanImport(db: Db, input: PlanImportInput): Promise<PlanImportPreview> {
  const read = await readPlanFileOffThread(input)
  if (!read.ok) {
    return {
      format: read.format,
      title: input.title ?? '',
      period: '',
      axes: [],
      counts: NO_COUNTS,
      newOrganisations: [],
      problems: read.problems,
      notes: [],
      titleTaken: false,
      committeeId: null,
    }
  }
  const { file } = read
  const same = planNamed(db, file.plan.title)
  const committee = file.plan.committee?.trim() ?? ''
  const notes = [...read.notes]
  const found = committeeNamed(db, file)
  if (committee !== '' && found === undefined && input.committeeId === undefined)
    notes.push(t('planImport.notes.committeeMissing', { name: committee }))
  return {
    format: read.format,
    title: file.plan.title,
    period: file.plan.period,
    axes: treeOf(file),
    counts: {
      axes: file.axes.length,
      engagements: file.engagements.length,
      activities: file.engagements.reduce((n, e) => n + e.activities.length, 0),
      reports: file.progress.length,
      replans: file.replans.length,
    },
    newOrganisations: organisationsToCreate(db, file),
    problems: same === undefined ? [] : [t('planImport.titleTaken', { title: same.title, id: same.id })],
    notes,
    titleTaken: same !== undefined,
    committeeId: found?.id ?? null,
  }
}

/**
 * Imports the file as a new plan: read again from the same bytes, refused whole when anything is
 * wrong, then written in one transaction after `beforeWrite` (the backup before an import).
 */
export async function commitPlanImport(
  db: Db,
  input: PlanImportInput,
  beforeWrite?: () => Promise<unknown>,
): Promise<PlanImportResult> {
  const read = await readPlanFileOffThread(input)
  if (!read.ok)
    throw new AppError(
      'INVALID_INPUT',
      t('planImport.hasProblems', { problems: read.problems.slice(0, 5).join(' ; ') }),
    )
  const same = planNamed(db, read.file.plan.title)
  if (same !== undefined) throw new AppError('CONFLICT', t('planImport.titleTaken', { title: same.title, id: same.id }))
  await beforeWrite?.()
  const summary = importPlanFile(
    db,
    read.file,
    input.committeeId === undefined ? {} : { committeeId: input.committeeId },
  )
  return {
    planId: summary.planId,
    title: summary.title,
    axes: summary.axes,
    engagements: summary.engagements,
    activities: summary.activities,
    reports: summary.reports,
    replans: summary.replans,
    createdOrganisations: summary.createdOrganisations,
  }
}
