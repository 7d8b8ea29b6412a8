/**
 * The exports, as the request loop asks for them: the main thread reads the database and builds the
 * document's data (a few milliseconds), the export worker lays it out. The worker is kept between
 * exports (code loaded, fonts parsed, glyphs measured) and warmed once the app is idle after start,
 * so the first PDF of a session costs what later ones do.
 */
import type { ReleveFormat } from '../../shared/domain/files'
import type { ReleveDocument } from '../../shared/domain/releve'
import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import type { OutgoingFile } from '../files/delivery'
import type { PlanWorkbookData } from '../services/plan-workbook'
import { sentence, WorkerLane, type WorkerOutcome } from './host'
import type { BuiltFile, RegisterJob } from './jobs'

/** A 100-page relevé takes well under 100 MB; the cap only stops a runaway document. */
const EXPORT_LIMITS = { heapMb: 768, timeoutMs: 120_000 }

/** How long after start the warm-up waits, so that the window's first calls are served first. */
export const WARM_DELAY_MS = 1500

let lane: WorkerLane | undefined
const exportLane = () => (lane ??= new WorkerLane(EXPORT_LIMITS, true, t('tasks.workerMissing')))

/** Ends the export worker (tests); the next export starts another. */
export async function closeExportWorker(): Promise<void> {
  await lane?.close()
}

/** What a caller sees of the progress: the job started (after any before it), pages laid out. */
export interface ExportProgress {
  started?: () => void
  pages?: (pages: number) => void
}

function fileOf(outcome: WorkerOutcome<BuiltFile>): OutgoingFile {
  if (outcome.kind === 'heavy') throw new AppError('INTERNAL', t('tasks.exportHeavy'))
  if (outcome.kind === 'failed') throw new AppError('INTERNAL', t('tasks.exportFailed', { reason: sentence(outcome.message) }))
  if (outcome.kind === 'crashed') throw new AppError('INTERNAL', t('tasks.exportFailed', { reason: sentence(outcome.error.message) }))
  const { content } = outcome.result
  return { ...outcome.result, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) }
}

/** How many warm-up relevés the idle warm-up lays out: enough runs of each path for V8 to optimise it. */
export const WARM_STEPS = 6

/** Exports asked for and not finished: the idle warm-up stops as soon as there is one. */
let exporting = 0

async function runExport(job: Parameters<WorkerLane['run']>[0], progress: ExportProgress): Promise<OutgoingFile> {
  exporting += 1
  try {
    const outcome = await exportLane().run<BuiltFile>(job, {
      ...(progress.started ? { onStart: progress.started } : {}),
      ...(progress.pages ? { onProgress: progress.pages } : {}),
    })
    return fileOf(outcome)
  } finally {
    exporting -= 1
  }
}

/** Lays out the relevé in the export worker; nothing is written here. */
export function renderReleveOffThread(releve: ReleveDocument, format: ReleveFormat, progress: ExportProgress = {}): Promise<OutgoingFile> {
  return runExport({ kind: 'releve', releve, format }, progress)
}

/** Builds the plan follow-up workbook in the export worker. */
export function renderPlanWorkbookOffThread(data: PlanWorkbookData, progress: ExportProgress = {}): Promise<OutgoingFile> {
  return runExport({ kind: 'planWorkbook', data }, progress)
}

/** Builds a register's workbook or PDF in the export worker, as the relevé's. */
export function renderRegisterOffThread(job: RegisterJob, progress: ExportProgress = {}): Promise<OutgoingFile> {
  return runExport(job, progress)
}

/**
 * Warms the export worker (main/exports/warm.ts): code, fonts, WARM_STEPS relevés of a few pages,
 * then `latest` if any, one job each. A real export asked for meanwhile waits for one step at most:
 * the warm-up then stops. Resolves with the number of steps run; `onStep` hears each one end.
 */
export async function warmExportWorker(
  latest?: () => Promise<ReleveDocument | undefined>,
  onStep?: (step: number) => void,
): Promise<number> {
  const releve = await latest?.()
  const steps = WARM_STEPS + (releve ? 1 : 0)
  let done = 0
  for (let step = 0; step < steps && exporting === 0; step += 1) {
    const outcome = await exportLane().run({ kind: 'warm', step, releve: step === WARM_STEPS ? releve : undefined })
    if (outcome.kind === 'failed') throw new Error(outcome.message)
    if (outcome.kind !== 'done') throw new Error(outcome.kind)
    done += 1
    onStep?.(step)
  }
  return done
}

/** Schedules `warmExportWorker` once the app is idle after start; the timer never keeps the process alive. */
export function warmPdfWhenIdle(latest?: () => Promise<ReleveDocument | undefined>, delayMs = WARM_DELAY_MS): void {
  const timer = setTimeout(() => {
    // The first real export reports any error to the user; here it is only logged.
    warmExportWorker(latest).catch((error: unknown) =>
      console.warn('[copil] PDF warm-up:', error instanceof Error ? error.message : error),
    )
  }, delayMs)
  timer.unref()
}
