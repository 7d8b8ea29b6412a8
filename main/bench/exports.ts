/**
 * Export lines: PDF, Word and Excel of the demo relevé, of 25-page relevés and of 100-page ones,
 * new text at each run. Warm: in this process, after the idle warm-up the app runs in its export
 * worker (the warm-up relevés of main/exports/warm.ts) and a first export, the relevé structured-
 * cloned as the worker receives it. Without the warm-up, the demo's rows came first in the process
 * and were timed while V8 was still optimising the PDF writer: the same demo takes up to twice as
 * long in a process's first ten exports as afterwards, so its median swung between 26 and 42 ms
 * from one quiet run to the next. Cold: the first export of a
 * fresh process (`bench.cjs --child-export`), which also pays for loading pdfkit, docx or exceljs
 * and the fonts; the child reports its peak RSS (the kernel's high-water mark) and its V8 heap.
 *
 * The first PDF is measured as a user meets it: the app and the preview warm the export worker once
 * idle after start (main/workers/exports.ts) with the warm-up relevés then the relevé of the latest
 * meeting, so the child does what they do — the idle warm-up with, as latest meeting, another
 * relevé of the same committee and size (never the one exported), a moment idle (the user opens
 * the meeting and asks for the PDF), then the export through that worker — and the note gives the
 * same export in a process that had no idle time at all (nothing warmed: pdfkit, fontkit, the
 * fonts and the code's first runs).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { getHeapStatistics } from 'node:v8'
import type { ReleveDocument } from '../../shared/domain/releve'
import { renderRelevePdf } from '../exports/pdf'
import { renderReleveDocx } from '../exports/docx'
import { renderReleveXlsx } from '../exports/xlsx'
import { warmPdfStep } from '../exports/warm'
import { closeExportWorker, renderReleveOffThread, warmExportWorker, WARM_STEPS } from '../workers/exports'
import type { BenchRow } from './readme-section'
import { arabicReleve, newTextReleve } from './arabic-releve'
import { generatedReleve, pdfPages, relevesOfPages } from './releve'
import { fmtMs, measure, progress, summarise } from './stats'

type Format = 'pdf' | 'docx' | 'xlsx'
const RENDER: Record<Format, (r: ReleveDocument) => Promise<Buffer>> = {
  pdf: (r) => renderRelevePdf(r),
  docx: (r) => renderReleveDocx(r),
  xlsx: (r) => renderReleveXlsx(r),
}
const LABEL: Record<Format, string> = { pdf: 'PDF', docx: 'Word', xlsx: 'Excel' }
/** Warm budgets (ms): DESIGN.md / issue 11 for the demo and 25 pages; 100 pages in proportion. */
const BUDGET: Record<Format, { demo: number; 25: number; 100: number }> = {
  pdf: { demo: 30, 25: 150, 100: 600 },
  docx: { demo: 100, 25: 400, 100: 1600 },
  xlsx: { demo: 150, 25: 300, 100: 1200 },
}
/** The first export of a process may cost this much more than later ones (issue 16 #3). */
const COLD_EXTRA = 150
/** Between the end of the idle warm-up and the first export: the user opens a meeting, then asks for its PDF. */
const IDLE_BEFORE_EXPORT_MS = 1000

type Size = 'demo' | 25 | 100
/** Generated blocks giving a relevé about the demo's size (the latest meeting's, for the demo row). */
const DEMO_BLOCKS = 12
const sizeLabel = (size: Size): string => (size === 'demo' ? 'relevé type (exemple)' : `relevé de ${size} pages, texte neuf`)

interface ChildResult {
  ms: number
  /** After the idle warm-up (PDF): how long the warm-up took. */
  warmMs?: number
  bytes: number
  rssBeforeMb: number
  peakRssMb: number
  heapMb: number
}

/**
 * In the child: read the relevé, then time one export, the first of this process; with
 * `latestFile` (PDF), after the idle warm-up the app runs (that relevé as the latest meeting's)
 * and a moment idle, through the export worker as the app exports.
 */
export async function childExport(format: Format, file: string, latestFile?: string): Promise<void> {
  const releve = JSON.parse(readFileSync(file, 'utf8')) as ReleveDocument
  const rssBeforeMb = process.resourceUsage().maxRSS / 1024
  const afterWarm = latestFile !== undefined
  let warmMs: number | undefined
  if (afterWarm) {
    const latest = JSON.parse(readFileSync(latestFile, 'utf8')) as ReleveDocument
    const warmStart = performance.now()
    await warmExportWorker(() => Promise.resolve(latest))
    warmMs = performance.now() - warmStart
    await new Promise((done) => setTimeout(done, IDLE_BEFORE_EXPORT_MS))
  }
  const start = performance.now()
  const bytes = afterWarm ? (await renderReleveOffThread(releve, 'pdf')).content.length : (await RENDER[format](releve)).length
  const ms = performance.now() - start
  if (afterWarm) await closeExportWorker()
  const result: ChildResult = {
    ms,
    ...(warmMs === undefined ? {} : { warmMs }),
    bytes,
    rssBeforeMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: getHeapStatistics().total_heap_size / 2 ** 20,
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

function runChild(format: Format, file: string, latestFile?: string): ChildResult {
  const args = [join(__dirname, 'bench.cjs'), '--child-export', format, file, ...(latestFile ? ['--after-warm', latestFile] : [])]
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`export à froid ${format}: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ChildResult
}

export interface ExportPlan {
  warmRuns: number
  coldRuns: number
  sizes: Size[]
}
export const FULL_EXPORTS: ExportPlan = { warmRuns: 11, coldRuns: 3, sizes: ['demo', 25, 100] }
export const QUICK_EXPORTS: ExportPlan = { warmRuns: 2, coldRuns: 1, sizes: ['demo', 25] }

export async function exportRows(demo: ReleveDocument, dir: string, plan: ExportPlan): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const { logo: _logo, ...withoutLogo } = demo
  // As the export worker receives it (postMessage): with the objects' shapes V8's deserializer
  // gives, those the idle warm-up optimised the writer for (main/exports/warm.ts clones its own).
  const plainDemo = structuredClone(withoutLogo)
  // Warm as a user meets the writer: the export worker has run these steps once the app is idle.
  for (let step = 0; step < WARM_STEPS; step += 1) await warmPdfStep(step)
  for (const size of plan.sizes) {
    const runs = size === 100 ? Math.max(2, Math.ceil(plan.warmRuns / 3)) : plan.warmRuns
    // One relevé per warm run (new text), one for the warm-up, one per cold run.
    const docs = size === 'demo' ? [plainDemo] : await relevesOfPages(plainDemo, size, runs + 1 + plan.coldRuns, renderRelevePdf)
    const pick = (i: number) => (size === 'demo' ? plainDemo : (docs[i + 1] as ReleveDocument))
    const pages = pdfPages(await renderRelevePdf(pick(0)))
    // The latest meeting's relevé the app warms with: another one of the same committee and size.
    const latestFile = join(dir, `releve-${size}-latest.json`)
    writeFileSync(latestFile, JSON.stringify(size === 'demo' ? generatedReleve(plainDemo, 1, DEMO_BLOCKS) : docs[0]))
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      const warm = await measure(runs, (i) => RENDER[format](pick(i)))
      const colds: ChildResult[] = []
      // What a user's first PDF costs: after the idle warm-up of the export worker (see above).
      const afterWarm: ChildResult[] = []
      for (let c = 0; c < plan.coldRuns; c += 1) {
        const file = join(dir, `releve-${size}-${c}.json`)
        writeFileSync(file, JSON.stringify(size === 'demo' ? plainDemo : docs[runs + 1 + c]))
        colds.push(runChild(format, file))
        if (format === 'pdf') afterWarm.push(runChild(format, file, latestFile))
      }
      const cold = summarise(colds.map((c) => c.ms))
      const first = format === 'pdf' ? summarise(afterWarm.map((c) => c.ms)) : cold
      const peak = Math.max(...colds.map((c) => c.peakRssMb))
      const grew = Math.max(...colds.map((c) => c.peakRssMb - c.rssBeforeMb))
      const heap = Math.max(...colds.map((c) => c.heapMb))
      const budget = BUDGET[format][size]
      const name = `${LABEL[format]} du ${sizeLabel(size)}`
      rows.push({ name, budgetMs: budget, ...warm, note: `à chaud, ${runs} exports${size === 'demo' ? '' : ' de relevés différents'}, ${pages} pages (PDF)` })
      const warmUp = afterWarm.length > 0 ? Math.max(...afterWarm.map((c) => c.warmMs ?? 0)) : 0
      rows.push({
        name: `${name}, premier export du processus`,
        budgetMs: budget + COLD_EXTRA,
        ...first,
        memory: { peakRssMb: peak, rssGrowthMb: grew, heapMb: heap },
        note:
          format === 'pdf'
            ? `budget : à chaud + ${COLD_EXTRA} ms ; ${plan.coldRuns} processus neufs, le premier export après la préparation au repos que fait l’app (relevés de préparation puis, comme dernière réunion, un autre relevé du comité de même taille : ${fmtMs(warmUp)} au plus, dans le processus d’export) et ${IDLE_BEFORE_EXPORT_MS / 1000} s au repos ; sans aucun temps au repos : ${fmtMs(cold.measuredMs)} (${fmtMs(cold.minMs)}-${fmtMs(cold.maxMs)}) ; pic RSS ${peak.toFixed(0)} Mo (+${grew.toFixed(0)} Mo pendant l’export), tas V8 ${heap.toFixed(0)} Mo`
            : `budget : à chaud + ${COLD_EXTRA} ms ; ${plan.coldRuns} processus neufs ; pic RSS ${peak.toFixed(0)} Mo (+${grew.toFixed(0)} Mo pendant l’export), tas V8 ${heap.toFixed(0)} Mo`,
      })
      progress(`${name} : à chaud ${fmtMs(warm.measuredMs)}, premier ${fmtMs(first.measuredMs)}, sans repos ${fmtMs(cold.measuredMs)}, pic RSS ${peak.toFixed(0)} Mo`)
    }
    if (size === 'demo') rows.push(await arabicRow(plainDemo, runs), await arabicNewTextRow(plainDemo, runs))
  }
  return rows
}

/**
 * The typical relevé in Arabic against the French one (issue 14 #7: at most twice its cost): both
 * measured in turn in this run, so that the budget is twice the French figure of the same moment.
 */
async function arabicRow(demo: ReleveDocument, runs: number): Promise<BenchRow> {
  const arabic = arabicReleve(demo)
  const french: number[] = []
  const samples: number[] = []
  await renderRelevePdf(arabic)
  for (let i = 0; i < runs; i += 1) {
    for (const [doc, into] of [[demo, french], [arabic, samples]] as const) {
      const start = performance.now()
      await renderRelevePdf(doc)
      into.push(performance.now() - start)
    }
  }
  const frenchMs = summarise(french).measuredMs
  const row = summarise(samples)
  const pages = pdfPages(await renderRelevePdf(arabic))
  progress(`PDF du relevé type en arabe : ${fmtMs(row.measuredMs)}, le français ${fmtMs(frenchMs)}`)
  return {
    name: 'PDF du relevé type en arabe',
    budgetMs: Math.round(2 * frenchMs * 10) / 10,
    ...row,
    note: `budget : 2 × le relevé type en français mesuré en alternance dans la même exécution (${fmtMs(frenchMs)}) ; à chaud, ${runs} exports, ${pages} pages`,
  }
}

/**
 * The same comparison with new text at each export (words drawn anew, same structure), French and
 * Arabic alike: what a relevé exported for the first time in a warm process costs, without the
 * lines, words and paragraphs the process remembers from an earlier export of the same text.
 */
async function arabicNewTextRow(demo: ReleveDocument, runs: number): Promise<BenchRow> {
  const docs = Array.from({ length: runs + 1 }, (_, i) => ({
    fr: newTextReleve(demo, 'fr', 1000 + i),
    ar: newTextReleve(demo, 'ar', 1000 + i),
  }))
  const first = docs[0]
  if (first) {
    await renderRelevePdf(first.fr)
    await renderRelevePdf(first.ar)
  }
  const french: number[] = []
  const samples: number[] = []
  for (let i = 1; i <= runs; i += 1) {
    const pair = docs[i]
    if (!pair) continue
    for (const [doc, into] of [[pair.fr, french], [pair.ar, samples]] as const) {
      const start = performance.now()
      await renderRelevePdf(doc)
      into.push(performance.now() - start)
    }
  }
  const frenchMs = summarise(french).measuredMs
  const row = summarise(samples)
  progress(`PDF du relevé type en arabe, texte neuf : ${fmtMs(row.measuredMs)}, le français ${fmtMs(frenchMs)}`)
  return {
    name: 'PDF du relevé type en arabe, texte neuf à chaque export',
    budgetMs: Math.round(2 * frenchMs * 10) / 10,
    ...row,
    note: `budget : 2 × le relevé type en français au texte neuf lui aussi, mesuré en alternance (${fmtMs(frenchMs)}) ; à chaud, ${runs} exports, chacun d’un texte jamais exporté dans le processus`,
  }
}
