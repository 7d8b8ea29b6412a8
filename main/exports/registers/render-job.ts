/** The register files as the export worker builds them from the rows the main thread read. */
import type { BuiltFile, RegisterJob } from '../../workers/jobs'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Lays out one register job; the writers (exceljs, pdfkit) load on first use. */
export async function renderRegisterJob(job: RegisterJob): Promise<BuiltFile> {
  const { fileName } = job
  if (job.kind === 'actionsRegister') {
    const { renderActionsXlsx } = await import('./xlsx')
    return { fileName, mime: XLSX_MIME, content: await renderActionsXlsx(job.rows, job.footer) }
  }
  if (job.format === 'xlsx') {
    const { renderDecisionsXlsx } = await import('./xlsx')
    return { fileName, mime: XLSX_MIME, content: await renderDecisionsXlsx(job.rows, job.footer) }
  }
  const { renderDecisionsPdf } = await import('./pdf')
  return { fileName, mime: 'application/pdf', content: await renderDecisionsPdf(job.rows, job.lines) }
}
