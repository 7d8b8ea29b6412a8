/** The register files as the export worker builds them from the rows the main thread read. */
import type { BuiltFile, RegisterJob } from '../../workers/jobs'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Lays out one register job; the writers (exceljs, pdfkit) load on first use. */
export async function renderRegisterJob(job: RegisterJob): Promise<BuiltFile> {
  const { fileName } = job
  if (job.format === 'xlsx') {
    const xlsx = await import('./xlsx')
    const content =
      job.kind === 'actionsRegister' ? await xlsx.renderActionsXlsx(job.rows, job.footer) : await xlsx.renderDecisionsXlsx(job.rows, job.footer)
    return { fileName, mime: XLSX_MIME, content }
  }
  const pdf = await import('./pdf')
  const content = job.kind === 'actionsRegister' ? await pdf.renderActionsPdf(job.rows, job.lines) : await pdf.renderDecisionsPdf(job.rows, job.lines)
  return { fileName, mime: 'application/pdf', content }
}
