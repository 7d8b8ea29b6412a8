/**
 * Bench lines for start-up: the real launch (file checks, integrity check, migrations, services) on
 * the ten-year and the 12,000-meeting databases, and `copil --help` / `copil check` as whole
 * processes. Median and spread (min-max) of repeated runs.
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { backupFile, backupDir } from '../services/backup/backup'
import { launch } from '../services/launch'
import { startServices } from '../bootstrap'
import type { MeetingPage } from '../../shared/domain/meetings'
import { launchCheckScope, requestFullCheck } from '../services/backup/launch-check'
import type { BenchRow as Row } from './readme-section'
import { summarise, type Summary } from './stats'

function spread(samples: number[]): Summary & { median: number; min: number; max: number } {
  const s = summarise(samples)
  return { ...s, median: s.measuredMs, min: s.minMs, max: s.maxMs }
}

const ms = (value: number) => `${value.toFixed(1)} ms`
const pick = (s: Summary): Summary => ({ measuredMs: s.measuredMs, p95Ms: s.p95Ms, minMs: s.minMs, maxMs: s.maxMs, runs: s.runs })

async function timeLaunch(dbPath: string, runs: number, everyPage: boolean): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i <= runs; i += 1) {
    // A pending request is what a launch with no recent sound backup does: every page read.
    if (everyPage) requestFullCheck(dbPath)
    const start = performance.now()
    const state = await launch({ dbPath, dataDir: join(dbPath, '..'), transport: 'web' })
    const elapsed = performance.now() - start
    if (state.kind !== 'ready') throw new Error(`launch: ${state.problem}`)
    state.app.close()
    if (i > 0) samples.push(elapsed)
  }
  return samples
}

/**
 * The launch as the app does it, with the day's backup in place (the usual launch: header and schema
 * checked, the backup vouching for the pages), and with every page read (no sound backup within
 * 36 hours, at most once a day and a half).
 */
export async function launchLines(dbPath: string, label: string, budgetMs: number, runs = 9): Promise<Row[]> {
  rmSync(backupDir(dbPath), { recursive: true, force: true })
  await backupFile(dbPath, 'quotidienne')
  const scope = launchCheckScope(dbPath)
  const usual = spread(await timeLaunch(dbPath, runs, false))
  const cold = spread(await timeLaunch(dbPath, Math.max(1, Math.ceil(runs / 3)), true))
  return [
    {
      name: `Lancement, ${label}`,
      budgetMs,
      ...pick(usual),
      note: `contrôle ${scope === 'pages' ? 'de toutes les pages' : 'en-tête et schéma'} ; sans sauvegarde de moins de 36 h, toutes les pages : ${ms(cold.median)} (${ms(cold.min)}-${ms(cold.max)})`,
    },
  ]
}

/**
 * `copil --help` and `copil check` on the ten-year database, whole processes like a user runs them;
 * check as it chooses (a worker thread when a core is free) and on one thread, run in turn.
 */
export function processLines(dbPath: string, runs = 11): Row[] {
  const cli = join(__dirname, 'cli.cjs')
  const once = (args: string[], env: Record<string, string> = {}): number => {
    const start = performance.now()
    const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, COPIL_DB: '', ...env } })
    const elapsed = performance.now() - start
    if (run.status !== 0) throw new Error(`copil ${args.join(' ')}: ${run.stderr}`)
    return elapsed
  }
  const help: number[] = []
  const check: number[] = []
  const oneThread: number[] = []
  const checkArgs = ['check', '--db', dbPath]
  for (let i = 0; i <= runs; i += 1) {
    const samples = [once(['--help']), once(checkArgs), once(checkArgs, { COPIL_CHECK_THREADS: '1' })]
    if (i === 0) continue
    help.push(samples[0] as number)
    check.push(samples[1] as number)
    oneThread.push(samples[2] as number)
  }
  const single = spread(oneThread)
  return [
    { name: 'copil --help (processus entier)', budgetMs: 250, ...pick(spread(help)) },
    {
      name: 'copil check, dix ans (processus entier)',
      budgetMs: 250,
      ...pick(spread(check)),
      note: `un fil de travail de plus si un cœur est libre ; sur un seul fil, en alternance : ${ms(single.median)} (${ms(single.min)}-${ms(single.max)})`,
    },
  ]
}

/** A page of the meetings list at 12,000 meetings: the first, one deep in the list, a one-hit search. */
export async function meetingPageLines(largePath: string, dataDir: string, runs = 15): Promise<Row[]> {
  const app = startServices({ dbPath: largePath, dataDir, transport: 'web' })
  try {
    const page = async (input: Record<string, unknown>): Promise<MeetingPage> => {
      const result = await app.dispatcher.dispatch('meetings/list', input)
      if (!result.ok) throw new Error(`meetings/list: ${result.error.message}`)
      return result.value as MeetingPage
    }
    const timed = async (input: Record<string, unknown>) => {
      await page(input)
      const samples: number[] = []
      for (let i = 0; i < runs; i += 1) {
        const start = performance.now()
        await page(input)
        samples.push(performance.now() - start)
      }
      return spread(samples)
    }
    // The cursor of the 200th page: 10,000 meetings in.
    let deep = await page({ limit: 50 })
    for (let i = 0; i < 199 && deep.nextCursor; i += 1) deep = await page({ limit: 50, cursor: deep.nextCursor })
    const first = await timed({})
    const later = await timed({ cursor: deep.nextCursor })
    const search = await timed({ search: 'n° 11999' })
    const bytes = Buffer.byteLength(JSON.stringify(await page({})))
    return [
      { name: 'Liste des réunions, 1re page (12 000)', budgetMs: 20, ...pick(first), note: `${(bytes / 1024).toFixed(1)} Ko` },
      { name: 'Liste des réunions, 201e page (12 000)', budgetMs: 20, ...pick(later) },
      { name: 'Liste des réunions, recherche 1 résultat (12 000)', budgetMs: 20, ...pick(search) },
    ]
  } finally {
    app.close()
  }
}
