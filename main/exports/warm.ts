/**
 * Warms the PDF writer once the app is idle after start: loads pdfkit and fontkit, parses the fonts,
 * then lays out a few relevés of several pages built for it (./warm-releve.ts: every section, face,
 * table, list and a line of Arabic, new words each time), so that V8 has optimised the code a real
 * relevé runs through, and last the relevé of the latest meeting when the app gives one (the one
 * most likely exported next). Each relevé is one job of the export worker (main/workers/exports.ts
 * schedules them and stops as soon as a real export is asked for); nothing is written, and a failure
 * here only means the first export is slower.
 */
import type { ReleveDocument } from '../../shared/domain/releve'
import { warmUpReleve } from './warm-releve'

/**
 * Step `step` of the warm-up in this thread: the warm-up relevé of that run, or `latest` when given.
 * Resolves with the PDF, which the worker hands over as it does a real export's (then dropped).
 */
export async function warmPdfStep(step: number, latest?: ReleveDocument): Promise<Buffer> {
  const pdf = await import('./pdf')
  pdf.preloadFonts()
  // A real relevé reaches the worker through postMessage: its objects have the shapes V8's
  // deserializer gives them, not an object literal's. Cloned, the warm-up relevé has those too,
  // so the code optimised here is not thrown away (« wrong map ») by the first real export.
  return pdf.renderRelevePdf(latest ?? structuredClone(warmUpReleve(step)))
}
