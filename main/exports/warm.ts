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

/** Step `step` of the warm-up in this thread: the warm-up relevé of that run, or `latest` when given. */
export async function warmPdfStep(step: number, latest?: ReleveDocument): Promise<void> {
  const pdf = await import('./pdf')
  pdf.preloadFonts()
  await pdf.renderRelevePdf(latest ?? warmUpReleve(step))
}
