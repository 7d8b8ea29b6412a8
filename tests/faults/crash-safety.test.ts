/**
 * Crash safety: a child writes meetings, attendance and replans in transactions and acknowledges
 * each commit; it is killed with SIGKILL at random moments. After every kill the database must pass
 * integrity_check, hold every acknowledged transaction whole, and no transaction in part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase } from '../../main/db/connection'
import { bundleChild, runChild } from './helpers/child'
import { connectionSettings, integrity } from './helpers/db-state'
import { FAULTS_FULL, writeFaultReport } from './helpers/report'
import { copyDatabase, longLivedDir, makeDemoDatabase, servicesOn } from './helpers/seed'
import { isWhole, tallyTags } from './crash-tags'
import type { CrashSeed } from './crash-writer'

const KILLS = Number(process.env.FAULTS_KILLS ?? (FAULTS_FULL ? 60 : 50))
/** The database starts again from the example every so many kills, so that checks stay fast. */
const KILLS_PER_DATABASE = 10

const work = longLivedDir('copil-crash-')
let writer = ''
let template = ''
let seed: CrashSeed
let members = 0

beforeAll(async () => {
  writer = await bundleChild('tests/faults/crash-writer.ts', 'crash-writer')
  template = join(work.dir, 'template.sqlite')
  const demo = await makeDemoDatabase(template, work.dir)
  const app = servicesOn(template, work.dir)
  try {
    const db = app.ctx.db
    const committeeId = db
      .prepare('SELECT committee_id FROM meetings WHERE id = ?')
      .pluck()
      .get(demo.meetingId) as number
    const memberIds = db
      .prepare('SELECT person_id FROM memberships WHERE committee_id = ? ORDER BY id')
      .pluck()
      .all(committeeId) as number[]
    const activities = db
      .prepare(
        'SELECT a.id, a.engagement_id FROM activities a JOIN engagements e ON e.id = a.engagement_id WHERE e.plan_id = ? ORDER BY a.id LIMIT 2',
      )
      .all(demo.planId) as { id: number; engagement_id: number }[]
    const [a1, a2] = activities
    if (!a1 || !a2) throw new Error('the example has fewer than two activities')
    seed = {
      committeeId,
      meetingId: demo.meetingId,
      memberIds,
      activityIds: [a1.id, a2.id],
      engagementId: a1.engagement_id,
    }
    // How many members a new meeting of the committee lists, on each date the writer uses.
    const listed = new Set<number>()
    for (const date of ['2020-09-16', '2020-10-01']) {
      const header = { title: 'Sonde', kind: 'ordinaire', mode: 'presentiel', dates: [{ date }] }
      const probe = await app.dispatcher.dispatch('meetings/create', { committeeId, header })
      if (!probe.ok) throw new Error(probe.error.message)
      const meeting = probe.value as { id: number; attendance: unknown[] }
      listed.add(meeting.attendance.length)
      await app.dispatcher.dispatch('meetings/delete', { id: meeting.id })
    }
    if (listed.size !== 1) throw new Error('the members listed differ between the dates the writer uses')
    members = [...listed][0] ?? 0
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    app.close()
  }
}, 60_000)

afterAll(() => work.remove())

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('crash safety', () => {
  it(`keeps every acknowledged transaction whole and no other in part, across ${KILLS} SIGKILLs`, async () => {
    let dbPath = ''
    let acked: string[] = []
    const totals = {
      killsTried: 0,
      killsSurvived: 0,
      acknowledged: 0,
      lost: 0,
      partial: 0,
      inFlightCommitted: 0,
      integrityFailures: 0,
    }
    const problems: string[] = []
    const started = Date.now()

    for (let run = 1; run <= KILLS; run++) {
      if ((run - 1) % KILLS_PER_DATABASE === 0) {
        dbPath = join(work.dir, `crash-${run}.sqlite`)
        copyDatabase(template, dbPath)
        acked = []
      }
      const child = runChild(writer, [dbPath, String(run), JSON.stringify(seed)])
      // Now and then while the database is being opened; otherwise in the middle of the writing.
      if (run % 7 === 0) await pause(Math.random() * 250)
      else {
        await child.waitForLine('READY')
        // A few commits first, however slow the machine, then a random moment inside the next ones.
        await child.waitForCount('ACK ', 4 + Math.floor(Math.random() * 10))
        await pause(Math.random() * 40)
      }
      child.child.kill('SIGKILL')
      const end = await child.exited
      totals.killsTried += 1
      const lines = child.stdout().split('\n')
      const failure = lines.find((l) => l.startsWith('FAIL'))
      if (failure || end.signal !== 'SIGKILL')
        problems.push(`run ${run}: the writer stopped on its own (${failure ?? end.code}) ${child.stderr()}`)
      const runAcks = lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4))
      const begun = lines.filter((l) => l.startsWith('BEGIN ')).map((l) => l.slice(6))
      acked.push(...runAcks)
      totals.acknowledged += runAcks.length

      // Read back the way the app opens it: WAL recovery, then the checks.
      const db = openDatabase(dbPath)
      try {
        const check = integrity(db)
        const tally = tallyTags(db)
        const lost = acked.filter((tag) => !isWhole(tag, tally.get(tag), members))
        const partial = [...tally.entries()]
          .filter(([tag, parts]) => !isWhole(tag, parts, members))
          .map(([tag, parts]) => `${tag} ${JSON.stringify(parts)}`)
        const inFlight = begun.at(-1)
        if (inFlight !== undefined && !runAcks.includes(inFlight) && tally.has(inFlight)) totals.inFlightCommitted += 1
        if (check !== 'ok') {
          totals.integrityFailures += 1
          problems.push(`run ${run}: integrity ${check}`)
        }
        totals.lost += lost.length
        totals.partial += partial.length
        if (lost.length > 0) problems.push(`run ${run}: acknowledged but not whole: ${lost.slice(0, 5).join(', ')}`)
        if (partial.length > 0) problems.push(`run ${run}: partly written: ${partial.slice(0, 5).join(', ')}`)
        if (check === 'ok' && lost.length === 0 && partial.length === 0 && !failure) totals.killsSurvived += 1
      } finally {
        db.close()
      }
    }

    const seconds = (Date.now() - started) / 1000
    // The settings every connection of the app runs with (the writer's too: same openDatabase).
    const settingsDb = openDatabase(dbPath)
    const database = connectionSettings(settingsDb)
    settingsDb.close()
    writeFaultReport('crash-safety', { ...totals, seconds, database })
    console.log(
      `[faults] crash safety: ${totals.killsSurvived}/${totals.killsTried} kills survived, ${totals.acknowledged} acknowledged transactions, ${totals.lost} lost, ${totals.partial} partial, ${seconds.toFixed(1)} s`,
    )
    expect(problems).toEqual([])
    expect(totals.killsTried).toBeGreaterThanOrEqual(KILLS)
    expect(totals.killsSurvived).toBe(totals.killsTried)
    // The kills must land while transactions are being written, not only before the first one.
    expect(totals.acknowledged).toBeGreaterThan(KILLS * 5)
  }, 600_000)
})
