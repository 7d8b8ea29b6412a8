/**
 * Counts the pages pdfkit adds while the worker lays out a relevé, to report progress to the page.
 * It wraps pdfkit's `addPage` once per worker and leaves the renderer (main/exports/pdf) untouched;
 * should the renderer stop going through it, progress falls back to the stage alone.
 */
type Listener = (pages: number) => void

let listener: Listener | undefined
let pages = 0
let installed = false

/** Reports each page added from now on to `report` (replacing any earlier listener), counting from zero. */
export async function countPagesWith(report: Listener): Promise<void> {
  listener = report
  pages = 0
  if (installed) return
  installed = true
  const PDFDocument = (await import('pdfkit')).default
  const proto = PDFDocument.prototype as { addPage: (...args: unknown[]) => unknown }
  const addPage = proto.addPage
  proto.addPage = function counted(this: unknown, ...args: unknown[]) {
    const result = addPage.apply(this, args)
    pages += 1
    listener?.(pages)
    return result
  }
}
