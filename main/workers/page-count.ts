/**
 * Counts the pages pdfkit adds while the worker lays out a relevé, to report progress to the page.
 * It wraps pdfkit's `addPage` once per worker and leaves the renderer (main/exports/pdf) untouched;
 * should the renderer stop going through it, progress falls back to the stage alone.
 * Imported statically here (and this module dynamically by the entry): the same CommonJS pdfkit as
 * the renderer's, where a dynamic import() would load pdfkit's separate ES build.
 */
import PDFDocument from 'pdfkit'

type Listener = (pages: number) => void

let listener: Listener | undefined
let pages = 0
let installed = false

/** Reports each page added from now on to `report` (replacing any earlier listener), counting from zero. */
export function countPagesWith(report: Listener): void {
  listener = report
  pages = 0
  if (installed) return
  installed = true
  const proto = PDFDocument.prototype as { addPage: (...args: unknown[]) => unknown }
  const addPage = proto.addPage
  proto.addPage = function counted(this: unknown, ...args: unknown[]) {
    const result = addPage.apply(this, args)
    pages += 1
    listener?.(pages)
    return result
  }
}
