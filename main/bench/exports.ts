/**
 * Export lines: PDF, Word and Excel of the demo relevé, of 25-page relevés and of 100-page ones,
 * new text at each run. Warm: in this process, after a first export. Cold: the first export of a
 * fresh process (`bench.cjs --child-export`), which also pays for loading pdfkit, docx or exceljs
 * and the fonts; the child reports its peak RSS (the kernel's high-water mark) and its V8 heap.
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
import type { BenchRow } from './readme-section'
import { pdfPages, relevesOfPages } from './releve'
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

type Size = 'demo' | 25 | 100
const sizeLabel = (size: Size): string => (size === 'demo' ? 'relevé type (exemple)' : `relevé de ${size} pages, texte neuf`)

interface ChildResult {
  ms: number
  bytes: number
  rssBeforeMb: number
  peakRssMb: number
  heapMb: number
}

/** In the child: read the relevé, then time one export, the first of this process. */
export async function childExport(format: Format, file: string): Promise<void> {
  const releve = JSON.parse(readFileSync(file, 'utf8')) as ReleveDocument
  const rssBeforeMb = process.resourceUsage().maxRSS / 1024
  const start = performance.now()
  const bytes = (await RENDER[format](releve)).length
  const ms = performance.now() - start
  const result: ChildResult = { ms, bytes, rssBeforeMb, peakRssMb: process.resourceUsage().maxRSS / 1024, heapMb: getHeapStatistics().total_heap_size / 2 ** 20 }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

function runChild(format: Format, file: string): ChildResult {
  const run = spawnSync(process.execPath, [join(__dirname, 'bench.cjs'), '--child-export', format, file], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`export à froid ${format}: ${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ChildResult
}

export interface ExportPlan {
  warmRuns: number
  coldRuns: number
  sizes: Size[]
}
export const FULL_EXPORTS: ExportPlan = { warmRuns: 11, coldRuns: 3, sizes: ['demo', 25, 100] }
export const QUICK_EXPORTS: ExportPlan = { warmRuns: 3, coldRuns: 1, sizes: ['demo', 25] }

export async function exportRows(demo: ReleveDocument, dir: string, plan: ExportPlan): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  const { logo: _logo, ...plainDemo } = demo
  for (const size of plan.sizes) {
    const runs = size === 100 ? Math.max(2, Math.ceil(plan.warmRuns / 3)) : plan.warmRuns
    // One relevé per warm run (new text), one for the warm-up, one per cold run.
    const docs = size === 'demo' ? [plainDemo] : await relevesOfPages(plainDemo, size, runs + 1 + plan.coldRuns, renderRelevePdf)
    const pick = (i: number) => (size === 'demo' ? plainDemo : (docs[i + 1] as ReleveDocument))
    const pages = pdfPages(await renderRelevePdf(pick(0)))
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      const warm = await measure(runs, (i) => RENDER[format](pick(i)))
      const colds: ChildResult[] = []
      for (let c = 0; c < plan.coldRuns; c += 1) {
        const file = join(dir, `releve-${size}-${c}.json`)
        writeFileSync(file, JSON.stringify(size === 'demo' ? plainDemo : docs[runs + 1 + c]))
        colds.push(runChild(format, file))
      }
      const cold = summarise(colds.map((c) => c.ms))
      const peak = Math.max(...colds.map((c) => c.peakRssMb))
      const grew = Math.max(...colds.map((c) => c.peakRssMb - c.rssBeforeMb))
      const heap = Math.max(...colds.map((c) => c.heapMb))
      const budget = BUDGET[format][size]
      const name = `${LABEL[format]} du ${sizeLabel(size)}`
      rows.push({ name, budgetMs: budget, ...warm, note: `à chaud, ${runs} exports${size === 'demo' ? '' : ' de relevés différents'}, ${pages} pages (PDF)` })
      rows.push({
        name: `${name}, premier export du processus`,
        budgetMs: budget + COLD_EXTRA,
        ...cold,
        memory: { peakRssMb: peak, rssGrowthMb: grew, heapMb: heap },
        note: `budget : à chaud + ${COLD_EXTRA} ms ; ${plan.coldRuns} processus neufs ; pic RSS ${peak.toFixed(0)} Mo (+${grew.toFixed(0)} Mo pendant l’export), tas V8 ${heap.toFixed(0)} Mo`,
      })
      progress(`${name} : à chaud ${fmtMs(warm.measuredMs)}, à froid ${fmtMs(cold.measuredMs)}, pic RSS ${peak.toFixed(0)} Mo`)
    }
  }
  return rows
}
