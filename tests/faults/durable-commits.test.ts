/**
 * Power loss: killing a process does not test it (the OS still writes out what it holds in memory),
 * so this test checks the mechanism the promise rests on. A child saves decisions through the real
 * services under strace; every save must have been synced to disk (an fsync of the WAL) before it
 * was acknowledged. With synchronous=NORMAL the WAL is synced only at checkpoints and this fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleChild } from './helpers/child'
import { FAULTS_FULL, writeFaultReport } from './helpers/report'
import { longLivedDir, makeDemoDatabase } from './helpers/seed'

const SAVES = FAULTS_FULL ? 200 : 40
const STRACE = ['/usr/bin/strace', '/bin/strace'].find((path) => existsSync(path))
const work = longLivedDir('copil-sync-')

let writer = ''
let dbPath = ''
let meetingId = 0

beforeAll(async () => {
  writer = await bundleChild('tests/faults/sync-writer.ts', 'sync-writer')
  dbPath = join(work.dir, 'copil.sqlite')
  meetingId = (await makeDemoDatabase(dbPath, work.dir)).meetingId
}, 60_000)

afterAll(() => work.remove())

/** The order of acknowledgements and of WAL syncs in an strace log (`-y` prints each fd's path). */
function syncsBeforeAcks(log: string): { acknowledged: number; syncedBeforeAck: number; walSyncs: number } {
  let acknowledged = 0
  let syncedBeforeAck = 0
  let walSyncs = 0
  let syncedSinceLastAck = false
  for (const line of log.split('\n')) {
    if (/\bf(data)?sync\([^)]*-wal>\)\s*=\s*0/.test(line)) {
      walSyncs += 1
      syncedSinceLastAck = true
    } else if (/\bwrite\(1<[^>]*>, "ACK \d+\\n"/.test(line)) {
      acknowledged += 1
      if (syncedSinceLastAck) syncedBeforeAck += 1
      syncedSinceLastAck = false
    }
  }
  return { acknowledged, syncedBeforeAck, walSyncs }
}

describe('durable commits (power loss)', () => {
  it.skipIf(!STRACE || process.platform !== 'linux')(
    'syncs every save to disk before acknowledging it',
    () => {
      const log = join(work.dir, 'strace.log')
      const run = spawnSync(
        STRACE as string,
        ['-f', '-y', '-e', 'trace=fsync,fdatasync,write', '-o', log, process.execPath, writer, dbPath, String(meetingId), String(SAVES)],
        { encoding: 'utf8', timeout: 60_000 },
      )
      expect(run.stdout).not.toMatch(/FAIL/)
      expect(run.status, run.stderr).toBe(0)
      const counts = syncsBeforeAcks(readFileSync(log, 'utf8'))
      writeFaultReport('durable-commits', { synchronous: 'FULL', saves: SAVES, ...counts })
      expect(counts.acknowledged).toBe(SAVES)
      expect(counts.syncedBeforeAck).toBe(SAVES)
    },
    90_000,
  )
})
