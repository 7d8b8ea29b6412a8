/**
 * Realistic relevés for the bench, with new text at each run: the demo meeting's participants and
 * engagements table, then agenda items whose discussions, decisions and next steps are written
 * from a vocabulary of the committee's work by a seeded generator — paragraphs of varied
 * sentences with bold and italic, lists on two levels, a table with a list in a cell — so that no
 * paragraph repeats and no run reuses another's text (pdfkit measures, breaks and subsets anew).
 */
import type { ReleveAgendaItem, ReleveDecision, ReleveDocument } from '../../shared/domain/releve'
import type { RichBlock, RichDoc } from '../../shared/domain/rich-text'
import { MONTHS, SUBJECTS, Writer } from './writer'

/** One block of a discussion: a paragraph, a list or (one in six) a table. */
function block(w: Writer, k: number): RichBlock {
  if (k % 6 === 5) return w.table()
  if (k % 3 === 1) return w.list(w.int(3, 5), k % 2 === 0)
  return w.paragraph(w.int(3, 6))
}

/**
 * A relevé of the demo meeting's participants and engagements and `blocks` generated blocks of
 * discussion, spread over agenda items of eight blocks, each with its decisions; `seed` decides
 * every word.
 */
export function generatedReleve(base: ReleveDocument, seed: number, blocks: number): ReleveDocument {
  const w = new Writer(seed)
  const agenda: ReleveAgendaItem[] = []
  for (let start = 0, n = 0; start < blocks; start += 8, n += 1) {
    const content = Array.from({ length: Math.min(8, blocks - start) }, (_, k) => block(w, start + k))
    const discussion: RichDoc = { type: 'doc', content }
    const decisions: ReleveDecision[] = Array.from({ length: w.int(2, 4) }, (_, d) => ({
      body: { type: 'doc', content: d === 1 ? [w.paragraph(2), w.list(3, false)] : [w.paragraph(w.int(1, 3))] },
      ...(d === 2 && n % 3 === 0 ? { note: true } : {}),
    }))
    agenda.push({ title: w.title(), presenter: w.pick(SUBJECTS), discussion, decisions })
  }
  return {
    ...base,
    reference: `${base.committee.acronym}-BENCH-${seed}`,
    introduction: { type: 'doc', content: [w.paragraph(4)] },
    agenda,
    engagements: base.engagements.map((row) => ({
      ...row,
      narrative: Array.from({ length: w.int(1, 3) }, () => w.sentence()).join('\n'),
      replanning: row.replanning.map(() => `${w.title()} (${w.pick(MONTHS)} ${w.int(2020, 2024)})`),
    })),
    nextSteps: Array.from({ length: 8 }, () => ({
      text: w.sentence(),
      responsible: w.pick(SUBJECTS),
      due: `${w.pick(['fin', 'mi-', 'début'])} ${w.pick(MONTHS)} 2021`,
      status: 'a_faire' as const,
    })),
  }
}

/** Pages of a PDF written by pdfkit (one uncompressed /Type /Page object per page). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

/**
 * A generated relevé of `pages` pages for `seed`: the number of blocks is moved from `start`, in
 * proportion then one at a time, until the PDF has that many pages (or the closest count when one
 * block moves it by two). Returns the relevé, its block count and its pages.
 */
export async function releveOfPages(
  base: ReleveDocument,
  seed: number,
  pages: number,
  start: number,
  render: (r: ReleveDocument) => Promise<Buffer>,
): Promise<{ releve: ReleveDocument; blocks: number; pages: number }> {
  let blocks = start
  let releve = generatedReleve(base, seed, blocks)
  let count = pdfPages(await render(releve))
  for (let guard = 0; guard < 12 && count !== pages; guard += 1) {
    // Far off: in proportion; close: one block at a time.
    const next = Math.abs(count - pages) > 2 ? Math.max(1, Math.round((blocks * pages) / count)) : blocks + Math.sign(pages - count)
    const candidate = generatedReleve(base, seed, next)
    const nextCount = pdfPages(await render(candidate))
    // One block can move the count by two pages (a table pushed over): keep the closer and stop.
    const crossed = Math.sign(pages - nextCount) === -Math.sign(pages - count) && Math.abs(next - blocks) === 1
    if (crossed && Math.abs(nextCount - pages) > Math.abs(count - pages)) break
    blocks = next
    releve = candidate
    count = nextCount
    if (crossed) break
  }
  return { releve, blocks, pages: count }
}

const calibrated = new Map<number, number>()

/** The block counts found so far, by page count (the quick bench keeps them between runs). */
export function calibrations(): Record<number, number> {
  return Object.fromEntries(calibrated)
}

/** Block counts found by an earlier run: `relevesOfPages` then renders no calibration PDF for those sizes. */
export function presetCalibrations(known: Record<string, number>): void {
  for (const [pages, blocks] of Object.entries(known)) {
    if (Number.isInteger(Number(pages)) && Number.isInteger(blocks) && blocks > 0) calibrated.set(Number(pages), blocks)
  }
}

/**
 * `count` relevés of about `pages` pages, each with its own text (seeds `pages * 1000 + i`): the
 * block count is found once on the first (and remembered for the process), the others reuse it.
 */
export async function relevesOfPages(
  base: ReleveDocument,
  pages: number,
  count: number,
  render: (r: ReleveDocument) => Promise<Buffer>,
): Promise<ReleveDocument[]> {
  const seedBase = pages * 1000
  let blocks = calibrated.get(pages)
  const docs: ReleveDocument[] = []
  if (blocks === undefined) {
    const made = await releveOfPages(base, seedBase, pages, Math.max(2, Math.round(pages * 1.4)), render)
    blocks = made.blocks
    calibrated.set(pages, blocks)
    docs.push(made.releve)
  }
  while (docs.length < count) docs.push(generatedReleve(base, seedBase + docs.length, blocks))
  return docs
}
