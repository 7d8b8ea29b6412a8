/**
 * `npm run bench`: what users feel, measured on the ten-year database (and its 12,000-meeting
 * variant), written to bench/results.json with the machine, and the README's « Performance »
 * section regenerated from it. `--quick`: fewer runs (two where a spread needs them), no
 * 12,000-meeting database, no 100-page exports, the relevés' page calibration kept from the last
 * quick run, under two minutes on a quiet machine, build included; prints only, and with `--record`
 * writes its duration in bench/results.json's machine block (quickRun). `--pdf-vs-chromium` (with or without `--quick`): only
 * Copil's PDF against Chromium's print-to-PDF. `--exports`: only the export lines. `--readme`:
 * the README section from the results file as it is. `--preview`: only the Chromium lines (editor,
 * keys, meetings list) on the ten-year database.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startServices } from '../bootstrap'
import { buildReleve } from '../services/releve/build-releve'
import { computeStoredPlanProgress } from '../services/plan-progress'
import type { ReleveDocument } from '../../shared/domain/releve'
import { benchDatabase, cacheFile } from './database'
import { childExport, exportRows, FULL_EXPORTS, QUICK_EXPORTS } from './exports'
import { LARGE, TEN_YEARS } from './generate'
import { launchLines, meetingPageLines, processLines } from './launch'
import { FULL_SIZES, pdfVsChromiumRows, QUICK_SIZES } from './pdf-vs-chromium'
import { FULL_PREVIEW, previewRows, QUICK_PREVIEW, type RecordedCall } from './preview'
import { passes, QUICK_BUDGET_S, renderPerformance, replaceSection, type BenchResults, type BenchRow, type QuickRun } from './readme-section'
import { logoRow } from './logo'
import { calibrations, presetCalibrations } from './releve'
import { measure, progress } from './stats'
import { searchRows } from './search'
import { callDuringExportRows } from './during-export'
import { closeExportWorker } from '../workers/exports'

export type Row = BenchRow
const RESULTS = 'bench/results.json'
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const started = performance.now()
/** When `npm run bench` started (scripts/bench.mjs, before the build), else when this process did. */
const commandStarted = Number(process.env.COPIL_BENCH_STARTED) || Date.now() - started
const durationS = (): number => Math.round((Date.now() - commandStarted) / 1000)

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

/** What the editor asks for when it opens a meeting, when the preview could not record it. */
const EDITOR_CALLS = (meetingId: number, committeeId: number, planId: number): RecordedCall[] => [
  { channel: 'meetings/get', input: { id: meetingId } },
  { channel: 'system/info', input: {} },
  { channel: 'committees/get', input: { id: committeeId } },
  { channel: 'organisations/list', input: {} },
  { channel: 'meetingPlan/get', input: { meetingId, planId } },
]

async function databaseRows(dir: string, rows: Row[], demo: () => Promise<ReleveDocument>): Promise<void> {
  const dbPath = join(dir, 'copil.sqlite')
  const ten = benchDatabase(dbPath, TEN_YEARS)
  progress(`base de dix ans prête${ten.generatedMs === null ? ' (cache)' : `, générée en ${(ten.generatedMs / 1000).toFixed(1)} s`}`)
  if (args.includes('--preview')) {
    rows.push(...(await previewRows(dbPath, dir, ten.largestMeetingId, quick ? QUICK_PREVIEW : FULL_PREVIEW)).rows)
    return
  }
  const runs = quick ? 5 : 15
  rows.push(...(await launchLines(dbPath, 'dix ans', 50, quick ? 3 : 9)))
  if (!quick) {
    const largePath = join(dir, 'copil-12000.sqlite')
    benchDatabase(largePath, LARGE)
    progress('base de 12 000 réunions prête')
    rows.push(...(await launchLines(largePath, '12 000 réunions', 150)))
    rows.push(...(await meetingPageLines(largePath, dir, runs)))
    rmSync(largePath, { force: true })
  }
  rows.push(...processLines(dbPath, quick ? 2 : 11))
  progress('lancement et copil mesurés')

  // In Chromium first (it records the calls the editor makes), then the same calls in this process.
  let editorCalls = EDITOR_CALLS(ten.largestMeetingId, ten.committeeId, ten.planId)
  try {
    const seen = await previewRows(dbPath, dir, ten.largestMeetingId, quick ? QUICK_PREVIEW : FULL_PREVIEW)
    rows.push(...seen.rows)
    if (seen.editorCalls.length > 0) editorCalls = seen.editorCalls
  } catch (error) {
    console.error(`Mesures dans Chromium impossibles : ${(error as Error).message}`)
  }

  const app = startServices({ dbPath, dataDir: dir, transport: 'web' })
  try {
    const dispatch = async (channel: string, input: unknown) => {
      const result = await app.dispatcher.dispatch(channel, input)
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
      return result.value
    }
    rows.push({ name: 'Liste des réunions, première page (600)', budgetMs: 20, ...(await measure(runs, () => dispatch('meetings/list', {}))) })
    const bytes = (await Promise.all(editorCalls.map((c) => app.dispatcher.dispatch(c.channel, c.input)))).reduce((n, r) => n + JSON.stringify(r).length, 0)
    rows.push({
      name: 'Données de l’éditeur pour une réunion (la plus grande)',
      budgetMs: 50,
      ...(await measure(runs, () => Promise.all(editorCalls.map((c) => app.dispatcher.dispatch(c.channel, c.input))))),
      note: `${editorCalls.length} appels (${[...new Set(editorCalls.map((c) => c.channel))].join(', ')}), ${Math.round(bytes / 1024)} Ko ; budget du bench`,
    })
    rows.push({ name: 'Une réunion complète (meetings/get)', budgetMs: 5, ...(await measure(runs, () => dispatch('meetings/get', { id: ten.largestMeetingId }))) })
    const activities = app.ctx.db.prepare('SELECT count(*) FROM activities a JOIN engagements e ON e.id = a.engagement_id WHERE e.plan_id = ?').pluck().get(ten.planId) as number
    rows.push({ name: 'Avancement du plan en cours', budgetMs: 10, ...(await measure(runs, () => computeStoredPlanProgress(app.ctx.db, ten.planId))), note: `le dernier des 3 plans, ${activities} activités` })
    // No budget in DESIGN.md: the overview adds lateness and slippage of every activity; 50 ms is ours.
    rows.push({ name: 'Vue d’ensemble du plan (retards, glissements)', budgetMs: 50, ...(await measure(runs, () => dispatch('plans/overview', { planId: ten.planId }))) })
    const words = ['Réunion', 'comite', 'n° 12', 'pilotage 5', 'xyz', 'n° 599']
    rows.push({ name: 'Recherche de réunions par titre', budgetMs: 10, judgedOn: 'p95', ...(await measure(quick ? 18 : 60, (i) => dispatch('meetings/list', { search: words[Math.abs(i) % words.length] }))) })
    // A typical save of the editor, synced to disk before it returns (synchronous=FULL).
    let edits = 0
    const save = () => dispatch('decisions/save', { meetingId: ten.largestMeetingId, text: `Décision enregistrée n° ${(edits += 1)}` })
    rows.push({ name: 'Enregistrer une décision (synchronous=FULL)', budgetMs: 50, ...(await measure(quick ? 9 : 31, save)) })
    if (!quick) rows.push(...(await callDuringExportRows(app.dispatcher, ten.largestMeetingId, await demo(), 2)))
  } finally {
    app.close()
    await closeExportWorker()
  }
  progress('appels mesurés')
  rows.push(...searchRows(dbPath, { buildRuns: quick ? 1 : 3, rounds: quick ? 1 : 3 }))
  progress('recherche mesurée')
}

async function main(): Promise<void> {
  if (args[0] === '--child-export') return childExport(args[1] as 'pdf', args[2] as string, args.includes('--after-warm') ? args[args.indexOf('--after-warm') + 1] : undefined)
  const dir = mkdtempSync(join(tmpdir(), 'copil-bench-'))
  const rows: Row[] = []
  if (args.includes('--readme')) {
    rmSync(dir, { recursive: true, force: true })
    const results = readResults() as BenchResults
    writeFileSync('README.md', replaceSection(readFileSync('README.md', 'utf8'), renderPerformance(results)))
    return
  }
  const only = args.includes('--pdf-vs-chromium') ? 'chromium' : args.includes('--exports') ? 'exports' : args.includes('--preview') ? 'preview' : 'all'
  // The quick run does not search again for how many blocks make 25 or 30 pages: the last quick run
  // found them (the page counts it gets are printed in each row's note). A full run always searches.
  const calibrationFile = cacheFile('calibrations.json')
  if (quick && existsSync(calibrationFile)) presetCalibrations(JSON.parse(readFileSync(calibrationFile, 'utf8')) as Record<string, number>)
  try {
    let made: ReleveDocument | undefined
    const demoOnce = async () => (made ??= await demoReleve(dir))
    if (only === 'all' || only === 'preview') await databaseRows(dir, rows, demoOnce)
    if (only === 'preview') return report(rows)
    const demo = await demoOnce()
    if (only !== 'chromium') {
      rows.push(...(await exportRows(demo, dir, quick ? QUICK_EXPORTS : FULL_EXPORTS)))
      rows.push(await logoRow(demo, quick ? 3 : 9))
    }
    if (only !== 'exports') rows.push(...(await pdfVsChromiumRows(demo, quick ? QUICK_SIZES : FULL_SIZES)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  writeFileSync(calibrationFile, `${JSON.stringify(calibrations())}\n`)
  report(rows)
  if (only === 'all' && !quick) publish(rows)
  if (only === 'all' && quick) recordQuickRun(rows, args.includes('--record'))
}

const loadStart = loadavg()[0] ?? 0

/** A full run writes bench/results.json (the machine, its load, every row) and regenerates the README's section. */
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
      durationS: durationS(),
      ...(process.env.COPIL_BENCH_MACHINE ? { description: process.env.COPIL_BENCH_MACHINE } : {}),
      ...(previousQuickRun() ? { quickRun: previousQuickRun() } : {}),
    },
    rows: [...rows],
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync('README.md', replaceSection(readFileSync('README.md', 'utf8'), renderPerformance(results)))
  console.log('bench/results.json et la section « Performance » du README réécrits.')
}

function readResults(): BenchResults | undefined {
  return existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults) : undefined
}

function previousQuickRun(): QuickRun | undefined {
  return readResults()?.machine.quickRun
}

/**
 * A quick run prints how long the whole command took (the build included); with `--record` (the
 * quiet run after a session) it also writes it in bench/results.json's machine block, leaving the
 * full run's rows as they are, and the README's section says it against QUICK_BUDGET_S.
 */
function recordQuickRun(rows: readonly Row[], record: boolean): void {
  const quickRun: QuickRun = {
    at: new Date().toISOString(),
    durationS: durationS(),
    loadStart,
    loadEnd: loadavg()[0] ?? 0,
    within: rows.filter(passes).length,
    rows: rows.length,
  }
  console.log(`Bench rapide : ${quickRun.durationS} s en tout, construction comprise (budget ${QUICK_BUDGET_S} s).`)
  const results = record ? readResults() : undefined
  if (!results) return
  results.machine.quickRun = quickRun
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
  writeFileSync('README.md', replaceSection(readFileSync('README.md', 'utf8'), renderPerformance(results)))
  console.log('Durée du bench rapide inscrite dans bench/results.json et la section « Performance » du README.')
}

function report(rows: readonly Row[]): void {
  console.log(`\nCopil — bench${quick ? ' rapide' : ''}, ${durationS()} s depuis le lancement de la commande, charge ${loadStart.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}\n`)
  console.log(`${'Mesure'.padEnd(60)} ${'Budget'.padStart(11)} ${'Médiane'.padStart(10)} ${'p95'.padStart(10)} ${'min-max'.padStart(15)}  État`)
  let over = 0
  for (const row of rows) {
    const ok = passes(row)
    if (!ok) over += 1
    const unit = row.unit ?? 'ms'
    const p95 = row.p95Ms === undefined ? '' : `${row.p95Ms.toFixed(1)} ${unit}`
    const spreadText = row.minMs === undefined || row.maxMs === undefined ? '' : `${row.minMs.toFixed(1)}-${row.maxMs.toFixed(1)}`
    const budget = `${row.judgedOn === 'p95' ? 'p95 ' : ''}${row.budgetMs} ${unit}`
    console.log(
      `${row.name.padEnd(60)} ${budget.padStart(11)} ${`${row.measuredMs.toFixed(1)} ${unit}`.padStart(10)} ${p95.padStart(10)} ${spreadText.padStart(15)}  ${ok ? 'ok' : 'DÉPASSÉ'}${row.note ? `  (${row.note})` : ''}`,
    )
  }
  console.log(`\n${rows.length - over}/${rows.length} mesures dans leur budget.`)
  process.exitCode = over > 0 ? 1 : 0
}

void main().then(undefined, (error: unknown) => {
  console.error(error)
  process.exitCode = 2
})
