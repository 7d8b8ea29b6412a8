/**
 * Two programs on one database — the app and the command line: both write, interleaved, through
 * the real services for a few seconds. SQLite makes one wait while the other writes (busy_timeout);
 * no write may be refused or lost, and the file must stay sound. The real `copil import-json` runs
 * at the same time, as a third writer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase } from '../../main/db/connection'
import { exportPlanFile } from '../../main/interchange/plan-json'
import { bundleChild, runChild } from './helpers/child'
import { integrity } from './helpers/db-state'
import { FAULTS_FULL, writeFaultReport } from './helpers/report'
import { longLivedDir, makeDemoDatabase } from './helpers/seed'
import type { PairSeed } from './pair-writer'

const DURATION_MS = FAULTS_FULL ? 6_000 : 4_000
const work = longLivedDir('copil-pair-')

let writer = ''
let dbPath = ''
let seed: PairSeed
let planId = 0

beforeAll(async () => {
  writer = await bundleChild('tests/faults/pair-writer.ts', 'pair-writer')
  dbPath = join(work.dir, 'copil.sqlite')
  const demo = await makeDemoDatabase(dbPath, work.dir)
  planId = demo.planId
  const db = openDatabase(dbPath)
  try {
    const committeeId = db
      .prepare('SELECT committee_id FROM meetings WHERE id = ?')
      .pluck()
      .get(demo.meetingId) as number
    const [a, b] = db.prepare('SELECT id FROM activities ORDER BY id LIMIT 2').pluck().all() as number[]
    if (a === undefined || b === undefined) throw new Error('the example has fewer than two activities')
    seed = { committeeId, meetingId: demo.meetingId, activityIds: { app: a, cli: b } }
  } finally {
    db.close()
  }
}, 60_000)

afterAll(() => work.remove())

/** Runs `copil import-json` on the shared database; resolves with its exit code and stderr. */
function importJson(file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(process.cwd(), 'bin', 'copil.cjs'), 'import-json', '--db', dbPath, file],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

describe('two processes on one database', () => {
  it('waits its turn: every write of both writers is there, none refused, and the file is sound', async () => {
    const startAt = Date.now() + 2_500
    const children = ['app', 'cli'].map((who) =>
      runChild(writer, [dbPath, who, String(startAt), String(DURATION_MS), JSON.stringify(seed)]),
    )

    // The real command line imports plans meanwhile (when the build is there, as in npm test).
    const imports: Promise<{ code: number | null; stderr: string }>[] = []
    const cliBuilt = existsSync(join(process.cwd(), 'dist', 'main', 'cli.cjs'))
    if (cliBuilt) {
      const db = openDatabase(dbPath)
      const plan = exportPlanFile(db, planId)
      db.close()
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now() + 300)))
      for (let i = 1; i <= 3; i++) {
        const file = join(work.dir, `plan-${i}.json`)
        writeFileSync(
          file,
          JSON.stringify({ ...plan, plan: { ...plan.plan, title: `Plan importé en parallèle ${i}` } }),
        )
        imports.push(importJson(file))
        await new Promise((resolve) => setTimeout(resolve, DURATION_MS / 4))
      }
    }
    const ends = await Promise.all(children.map((c) => c.exited))
    const imported = await Promise.all(imports)

    const lines = children.flatMap((c) => c.stdout().split('\n'))
    const acked = lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4))
    const refused = lines.filter((l) => l.startsWith('ERR '))
    const failures = lines.filter((l) => l.startsWith('FAIL'))

    const db = openDatabase(dbPath)
    const read = () => {
      const written = [
        ...(db.prepare("SELECT text FROM decisions WHERE text GLOB '*.*.decisions/save'").pluck().all() as string[]),
        ...(db
          .prepare("SELECT last_name FROM people WHERE last_name GLOB '*.*.people/save'")
          .pluck()
          .all() as string[]),
        ...(db.prepare("SELECT reason FROM replans WHERE reason GLOB '*.*.replans/create'").pluck().all() as string[]),
        ...(db.prepare("SELECT title FROM agenda_items WHERE title GLOB '*.*.agenda/save'").pluck().all() as string[]),
        ...(db.prepare("SELECT title FROM meetings WHERE title GLOB '*.*.meetings/create'").pluck().all() as string[]),
      ]
      const plansImported = db
        .prepare("SELECT count(*) FROM plans WHERE title LIKE 'Plan importé en parallèle %'")
        .pluck()
        .get() as number
      return { check: integrity(db), written, plansImported }
    }
    let state: ReturnType<typeof read>
    try {
      state = read()
    } finally {
      db.close()
    }
    const { check, written, plansImported } = state
    // Each write once, every acknowledged one there, nothing that was not acknowledged.
    expect(written.length).toBe(new Set(written).size)
    const writtenSet = new Set(written)
    const ackedSet = new Set(acked)
    const lost = acked.filter((tag) => !writtenSet.has(tag))
    const unexpected = written.filter((tag) => !ackedSet.has(tag))

    const counts = {
      seconds: DURATION_MS / 1000,
      acknowledged: acked.length,
      byWriter: Object.fromEntries(
        ['app', 'cli'].map((who) => [who, acked.filter((tag) => tag.startsWith(`${who}.`)).length]),
      ),
      refused: refused.length,
      lost: lost.length,
      unexpected: unexpected.length,
      cliImports: imported.length,
      cliImportsOk: imported.filter((r) => r.code === 0).length,
      plansImported,
      integrity: check,
    }
    writeFaultReport('two-processes', counts)
    console.log(`[faults] two processes: ${JSON.stringify(counts)}`)

    expect(failures).toEqual([])
    expect(ends.map((e) => e.code)).toEqual([0, 0])
    expect(refused.slice(0, 5)).toEqual([])
    expect(lost).toEqual([])
    expect(unexpected).toEqual([])
    expect(check).toBe('ok')
    expect(imported.map((r) => r.stderr)).toEqual(imported.map(() => ''))
    expect(plansImported).toBe(imported.length)
    // Both really wrote, interleaved, a good many times.
    expect(counts.byWriter.app).toBeGreaterThan(50)
    expect(counts.byWriter.cli).toBeGreaterThan(50)
  }, 120_000)
})
