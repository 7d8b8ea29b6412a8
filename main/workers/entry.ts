/**
 * Entry of the background worker (bundled as dist/main/worker.cjs, run by ./host.ts): reads imported
 * files, lays out the relevé and the plan workbook, checks backup copies, all off the request loop.
 * Each kind loads its packages on first use, so an import worker never loads pdfkit.
 */
import { parentPort } from 'node:worker_threads'
import type { BuiltFile, WorkerJob, WorkerReply, WorkerRequest } from './jobs'

function post(reply: WorkerReply, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(reply, transfer)
}

/** A file's bytes are handed back without a copy when they own their buffer. */
function handOver(file: BuiltFile): { result: BuiltFile; transfer: ArrayBuffer[] } {
  const { buffer, byteOffset, byteLength } = file.content
  const owned = buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength
  return { result: file, transfer: owned ? [buffer] : [] }
}

async function run(id: number, job: WorkerJob): Promise<{ result: unknown; transfer?: ArrayBuffer[] }> {
  switch (job.kind) {
    case 'people':
    case 'plan':
      return { result: await (await import('../import/read-job')).readImportJob(job) }
    case 'releve': {
      const { renderReleveFile } = await import('../services/releve/render-file')
      if (job.format === 'pdf') (await import('./page-count')).countPagesWith((pages) => post({ id, type: 'progress', pages }))
      return handOver(await renderReleveFile(job.releve, job.format))
    }
    case 'planWorkbook': {
      const { renderPlanXlsx, planWorkbookFileName } = await import('../exports/xlsx/render-plan-xlsx')
      const content = await renderPlanXlsx(job.data)
      const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      return handOver({ fileName: planWorkbookFileName(job.data), mime, content })
    }
    case 'decisionsRegister':
    case 'actionsRegister':
      return handOver(await (await import('../exports/registers/render-job')).renderRegisterJob(job))
    case 'integrity':
      return { result: (await import('../services/backup/integrity')).checkIntegrity(job.path) }
    case 'warm': {
      // The same path as a real export's, so that the first real one changes nothing V8 relied on:
      // the page counter wraps pdfkit's addPage (a prototype change) and the bytes are handed over
      // (the first detached buffer of a thread makes V8 drop its optimised typed-array code).
      ;(await import('./page-count')).countPagesWith(() => undefined)
      const pdf = await (await import('../exports/warm')).warmPdfStep(job.step, job.releve)
      return { result: null, transfer: handOver({ fileName: '', mime: '', content: pdf }).transfer }
    }
  }
}

parentPort?.on('message', ({ id, job }: WorkerRequest) => {
  run(id, job).then(
    ({ result, transfer }) => post({ id, type: 'done', result }, transfer),
    (error: unknown) => {
      // The code travels too: SQLITE_CORRUPT from a check means damaged pages, not a failed check.
      const code = (error as { code?: unknown } | undefined)?.code
      post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined })
    },
  )
})
