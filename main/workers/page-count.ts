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

/**
 * How often at most the pages laid out so far are reported. Each report is a message that wakes the
 * main thread (50 to 75 µs of the worker's time per message, measured on our two-core machines,
 * so 1.6 ms of a 31-page relevé reported page by page), and the page asks for the progress every
 * 250 ms (use-task-progress.ts): reports closer together than this are never shown.
 */
export const REPORT_EVERY_MS = 100

/**
 * Reports the pages added from now on to `report` (replacing any earlier listener), counting from
 * zero: the count at the first page added `everyMs` after this call, then at most once per `everyMs`.
 */
export function countPagesWith(report: Listener, everyMs = REPORT_EVERY_MS): void {
  let last = performance.now()
  listener = (count) => {
    const now = performance.now()
    if (now - last < everyMs) return
    last = now
    report(count)
  }
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
