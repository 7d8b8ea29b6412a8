import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../db/connection'
import { startServices } from '../bootstrap'
import { generateTenYears, LARGE } from './generate'
import { launchLines, meetingPageLines, processLines } from './launch'
import { buildReleve } from '../services/releve/build-releve'
import { renderRelevePdf } from '../exports/pdf'
import { renderReleveXlsx } from '../exports/xlsx'
import { renderReleveDocx } from '../exports/docx'
import type { ReleveDocument } from '../../shared/domain/releve'
import { generatedReleve, pdfPages, releveOfPages } from './releve'
import { computeStoredPlanProgress } from '../services/plan-progress'
import { MAX_LOGO_PIXELS, prepareLogo } from '../services/logo'
import { PNG } from 'pngjs'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import { FULL_SIZES, pdfVsChromiumRows, QUICK_SIZES } from './pdf-vs-chromium'
import { renderPerformance, replaceSection, type BenchResults, type BenchRow } from './readme-section'

const BANDS = [
  [11, 79, 108],
  [193, 39, 45],
  [33, 131, 79],
  [242, 193, 78],
]

/** A logo of the largest size accepted, in bands of colour. */
function largestLogo(): Buffer {
  const png = new PNG({ width: MAX_LOGO_PIXELS, height: MAX_LOGO_PIXELS })
  for (let y = 0; y < MAX_LOGO_PIXELS; y++) {
    const colour = BANDS[Math.floor((y * BANDS.length) / MAX_LOGO_PIXELS)] ?? [0, 0, 0]
    for (let x = 0; x < MAX_LOGO_PIXELS; x++) png.data.set([...colour, 255], (y * MAX_LOGO_PIXELS + x) * 4)
  }
  return PNG.sync.write(png)
}

export type Row = BenchRow

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** Median of several runs after a warm-up, so one hiccup of the machine does not decide. */
async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) samples.push(await timeAsync(async () => fn()))
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)] ?? 0
}

/** Median and p95 of `fn(i)` for i = 0…runs-1, after one warm-up call on -1. */
async function spread(
  runs: number,
  fn: (i: number) => Promise<unknown>,
): Promise<{ measuredMs: number; p95Ms: number }> {
  await fn(-1)
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) samples.push(await timeAsync(() => fn(i)))
  return { measuredMs: percentile(samples, 50), p95Ms: percentile(samples, 95) }
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

const started = performance.now()
/** A progress line on stderr, so that a long run shows where it is. */
function progress(what: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${what}\n`)
}

/** The relevé of the demo meeting (« Charger l'exemple »), built from its own database as the app builds it. */
async function demoReleve(dir: string): Promise<ReleveDocument> {
  const demo = startServices({ dbPath: join(dir, 'demo.sqlite'), dataDir: dir, transport: 'web' })
  try {
    const loaded = await demo.dispatcher.dispatch('demo/load', {})
    if (!loaded.ok) throw new Error(`demo/load: ${loaded.error.message}`)
    return await buildReleve(demo.ctx, (loaded.value as { meetingId: number }).meetingId)
  } finally {
    demo.close()
  }
}

const LONG_PAGES = 25
const LONG_RUNS = 15

/**
 * PDF and Word, warm (fonts parsed, code loaded): the demo meeting's relevé, the same document each
 * run; and relevés of exactly 25 pages with new text at each run (one generated relevé per run,
 * made before the clock starts). Median and p95 of each; the budgets are DESIGN.md's / issue 11's.
 */
async function exportRows(dir: string): Promise<Row[]> {
  const rows: Row[] = []
  const typical = await demoReleve(dir)
  progress('relevé type construit')
  const typicalPages = pdfPages(await renderRelevePdf(typical))
  const pdf = await spread(21, () => renderRelevePdf(typical))
  rows.push({ name: `PDF du relevé type (exemple, ${typicalPages} pages)`, budgetMs: 30, ...pdf })
  progress('PDF du relevé type mesuré')
  // The largest logo Paramètres accepts, stored as it is stored (downscaled for print): at most twice the PDF without.
  const withLogo = { ...typical, logo: prepareLogo(largestLogo()) }
  const logoMs = await median(9, () => renderRelevePdf(withLogo))
  rows.push({
    name: 'PDF du relevé type, logo de 4000 × 4000 px',
    budgetMs: Math.round(2 * pdf.measuredMs * 10) / 10,
    measuredMs: logoMs,
    note: `budget : 2 × le relevé sans logo ; × ${(logoMs / pdf.measuredMs).toFixed(2)}`,
  })

  // One relevé of exactly 25 pages per run, plus one for the warm-up, each from its own seed.
  const longs: ReleveDocument[] = []
  let blocks = 40
  const pages: number[] = []
  for (let seed = 1; seed <= LONG_RUNS + 1; seed += 1) {
    const made = await releveOfPages(typical, seed, LONG_PAGES, blocks, renderRelevePdf)
    blocks = made.blocks
    longs.push(made.releve)
    pages.push(made.pages)
    progress(`relevé ${seed}/${LONG_RUNS + 1} : ${made.pages} pages, ${made.blocks} blocs`)
  }
  const range =
    Math.min(...pages) === Math.max(...pages) ? `${pages[0]}` : `${Math.min(...pages)}-${Math.max(...pages)}`
  const longOf = (i: number) => longs[i + 1] ?? generatedReleve(typical, 0, blocks)
  const longNote = `${LONG_RUNS} relevés différents, ${range} pages, ~${blocks} blocs`
  rows.push({
    name: `PDF d’un relevé de ${LONG_PAGES} pages, texte neuf`,
    budgetMs: 150,
    ...(await spread(LONG_RUNS, (i) => renderRelevePdf(longOf(i)))),
    note: longNote,
  })

  rows.push({
    name: 'Word du relevé type (exemple)',
    budgetMs: 100,
    ...(await spread(21, () => renderReleveDocx(typical))),
  })
  rows.push({
    name: `Word d’un relevé de ${LONG_PAGES} pages, texte neuf`,
    budgetMs: 400,
    ...(await spread(LONG_RUNS, (i) => renderReleveDocx(longOf(i)))),
    note: 'les mêmes relevés que le PDF',
  })
  return rows
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'copil-bench-'))
  const dbPath = join(dir, 'copil.sqlite')
  const rows: Row[] = []
  // `--pdf-vs-chromium`: only Copil's PDF against Chromium's print-to-PDF, at 7, 30 and 100 pages.
  if (process.argv.includes('--pdf-vs-chromium')) {
    try {
      rows.push(...(await pdfVsChromiumRows(await demoReleve(dir), process.argv.includes('--quick') ? QUICK_SIZES : FULL_SIZES)))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    report(rows)
    return
  }
  // `--readme`: the README's « Performance » section regenerated from bench/results.json as it is.
  if (process.argv.includes('--readme')) {
    rmSync(dir, { recursive: true, force: true })
    const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as BenchResults
    writeFileSync('README.md', replaceSection(readFileSync('README.md', 'utf8'), renderPerformance(results)))
    return
  }
  // `--exports`: only the PDF and Word lines, to iterate on the exports without the ten-year database.
  if (process.argv.includes('--exports')) {
    try {
      rows.push(...(await exportRows(dir)))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    report(rows)
    return
  }
  try {
    const seedDb = openDatabase(dbPath)
    const { planId, meetingIds } = generateTenYears(seedDb)
    seedDb.close()
    const largePath = join(dir, 'copil-12000.sqlite')
    const largeDb = openDatabase(largePath)
    generateTenYears(largeDb, 42, LARGE)
    largeDb.close()

    rows.push(...(await launchLines(dbPath, 'dix ans', 50)), ...(await launchLines(largePath, '12 000 réunions', 150)))
    rows.push(...processLines(dbPath))

    rows.push({
      name: 'Ouverture + migration',
      budgetMs: 50,
      measuredMs: await median(5, () => openDatabase(dbPath).close()),
    })

    const app = startServices({ dbPath, dataDir: dir, transport: 'web' })
    const dispatch = async (channel: string, input: unknown) => {
      const result = await app.dispatcher.dispatch(channel, input)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value
    }
    rows.push({
      name: 'Liste des réunions, première page (600)',
      budgetMs: 20,
      measuredMs: await median(9, () => dispatch('meetings/list', {})),
    })
    rows.push(...(await meetingPageLines(largePath, dir)))
    const meetingId = meetingIds[meetingIds.length - 1] as number
    rows.push({
      name: 'Une réunion complète',
      budgetMs: 5,
      measuredMs: await median(9, () => dispatch('meetings/get', { id: meetingId })),
    })
    rows.push({
      name: 'Avancement d’un plan (3 200 activités)',
      budgetMs: 10,
      measuredMs: await median(9, () => computeStoredPlanProgress(app.ctx.db, planId)),
    })
    // No budget in DESIGN.md: the overview adds lateness and slippage of every activity; 50 ms is ours.
    rows.push({
      name: 'Vue d’ensemble du plan (retards, glissements)',
      budgetMs: 50,
      measuredMs: await median(9, () => dispatch('plans/overview', { planId })),
    })

    const words = ['Réunion', 'comite', 'n° 12', 'pilotage 5', 'xyz', 'n° 599']
    const samples: number[] = []
    await dispatch('meetings/list', { search: 'warm' })
    for (let i = 0; i < 60; i += 1)
      samples.push(await timeAsync(() => dispatch('meetings/list', { search: words[i % words.length] })))
    rows.push({ name: 'Recherche (p95)', budgetMs: 10, measuredMs: percentile(samples, 95) })

    const releve = await buildReleve(app.ctx, meetingId)
    rows.push(...(await exportRows(dir)))
    rows.push({ name: 'Excel d’un relevé', budgetMs: 150, measuredMs: await median(5, () => renderReleveXlsx(releve)) })

    // A typical save of the editor, synced to disk before it returns (synchronous=FULL); the same
    // save with NORMAL, which does not sync at commit, shows what the sync costs on this disk.
    let edits = 0
    const save = () => dispatch('decisions/save', { meetingId, text: `Décision enregistrée n° ${(edits += 1)}` })
    const full = await median(31, save)
    app.ctx.db.pragma('synchronous = NORMAL')
    const normal = await median(31, save)
    app.ctx.db.pragma('synchronous = FULL')
    rows.push({
      name: 'Enregistrer une décision (synchronous=FULL)',
      budgetMs: 50,
      measuredMs: full,
      note: `NORMAL, sans synchronisation : ${normal.toFixed(1)} ms`,
    })
    app.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  report(rows)
  publish(rows)
}

const loadStart = loadavg()[0] ?? 0

/**
 * A full run writes bench/results.json (the machine, its load, every row) and regenerates the
 * README's « Performance » section from it; `--exports` only prints.
 */
function publish(rows: readonly Row[]): void {
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? '',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.versions.node,
      platform: `${platform()} ${release()}`,
      loadStart,
      loadEnd: loadavg()[0] ?? 0,
    },
    rows: [...rows],
  }
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync('README.md', replaceSection(readFileSync('README.md', 'utf8'), renderPerformance(results)))
  console.log('bench/results.json et la section « Performance » du README réécrits.')
}

function report(rows: readonly Row[]): void {
  console.log('\nCopil — mesures sur une base de dix ans (600 réunions, 15 000 décisions, 3 200 activités)\n')
  console.log(`${'Mesure'.padEnd(52)} ${'Budget'.padStart(9)} ${'Médiane'.padStart(10)} ${'p95'.padStart(10)} ${'min-max'.padStart(15)}  État`)
  let over = 0
  for (const row of rows) {
    const ok = row.measuredMs <= row.budgetMs
    if (!ok) over += 1
    const note = row.note ? `  (${row.note})` : ''
    const unit = row.unit ?? 'ms'
    const p95 = row.p95Ms === undefined ? '' : `${row.p95Ms.toFixed(1)} ${unit}`
    const spreadText = row.minMs === undefined || row.maxMs === undefined ? '' : `${row.minMs.toFixed(1)}-${row.maxMs.toFixed(1)}`
    console.log(
      `${row.name.padEnd(52)} ${`${row.budgetMs} ${unit}`.padStart(9)} ${`${row.measuredMs.toFixed(1)} ${unit}`.padStart(10)} ${p95.padStart(10)} ${spreadText.padStart(15)}  ${ok ? 'ok' : 'DÉPASSÉ'}${note}`,
    )
  }
  console.log(`\n${rows.length - over}/${rows.length} mesures dans leur budget.`)
  process.exitCode = over > 0 ? 1 : 0
}

void main().then(undefined, (error: unknown) => {
  console.error(error)
  process.exitCode = 2
})
