/** Runs fuzz cases against one channel and judges each answer (used by fuzz-api.test.ts). */
import type { StartedApp } from '../../../main/bootstrap'
import type { Db } from '../../../main/db/connection'
import type { Result } from '../../../shared/api/result'
import { contentHashes, integrity } from './db-state'
import { notFrench } from './french'
import type { FuzzCase, Mutation } from './malformed'

/** Refusals a valid call may meet besides INVALID_INPUT: nothing with that id, or a rule of the domain. */
const EXPECTED_REFUSALS = new Set(['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'])
/** Opening a file is for the desktop app; the preview answers so, in French. */
const desktopOnly = (channel: string) => channel.startsWith('files/')

export interface ChannelTally {
  runs: number
  ok: number
  codes: Record<string, number>
  crashes: number
  writesFromRejected: number
  byMutation: Partial<Record<Mutation, number>>
  millis: number
}

/** A short, printable form of any payload (bigint, cycles and symbols included). */
export function describePayload(payload: unknown): string {
  try {
    const text = JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))
    return text === undefined ? String(payload) : text.length > 300 ? `${text.slice(0, 300)}…` : text
  } catch {
    return Object.prototype.toString.call(payload)
  }
}

/** Tracks the database's content: recomputed only when a call may have changed it. */
function contentWatch(app: StartedApp) {
  const changes = (db: Db) => db.prepare('SELECT total_changes()').pluck().get() as number
  let known = { db: app.ctx.db, changes: changes(app.ctx.db), hashes: contentHashes(app.ctx.db) }
  return {
    /** Before a call: makes sure the known content is the current one. */
    refresh() {
      const db = app.ctx.db
      if (known.db !== db || known.changes !== changes(db))
        known = { db, changes: changes(db), hashes: contentHashes(db) }
    },
    /** After a refused call: the tables that changed. */
    changedTables(): string[] {
      const now = app.ctx.db
      // total_changes() counts every row written, even if rolled back: only then compare contents.
      if (known.db === now && known.changes === changes(now)) return []
      const after = contentHashes(now)
      return Object.keys({ ...known.hashes, ...after }).filter((table) => known.hashes[table] !== after[table])
    },
  }
}

/** Sends every case to `channel`; problems are described in `problems`. */
export async function fuzzChannel(
  app: StartedApp,
  channel: string,
  cases: readonly FuzzCase[],
  problems: string[],
): Promise<ChannelTally> {
  const started = Date.now()
  const tally: ChannelTally = {
    runs: 0,
    ok: 0,
    codes: {},
    crashes: 0,
    writesFromRejected: 0,
    byMutation: {},
    millis: 0,
  }
  const watch = contentWatch(app)
  for (const { mutation, payload } of cases) {
    tally.runs += 1
    tally.byMutation[mutation] = (tally.byMutation[mutation] ?? 0) + 1
    watch.refresh()
    let result: Result<unknown>
    try {
      result = await app.dispatcher.dispatch(channel, payload)
    } catch (error) {
      tally.crashes += 1
      problems.push(`${channel} threw ${String(error).slice(0, 200)} on ${mutation} ${describePayload(payload)}`)
      continue
    }
    if (result.ok) {
      tally.ok += 1
      continue
    }
    const { code, message } = result.error
    tally.codes[code] = (tally.codes[code] ?? 0) + 1
    if (!EXPECTED_REFUSALS.has(code) && !(code === 'IO' && desktopOnly(channel))) {
      tally.crashes += 1
      problems.push(`${channel} answered ${code} « ${message} » on ${mutation} ${describePayload(payload)}`)
    }
    const french = notFrench(message)
    if (french) problems.push(`${channel}: ${french} on ${mutation} ${describePayload(payload)}`)
    const changed = watch.changedTables()
    if (changed.length > 0) {
      tally.writesFromRejected += 1
      problems.push(
        `${channel} refused (${code}) yet changed ${changed.join(', ')} on ${mutation} ${describePayload(payload)}`,
      )
    }
  }
  // Whatever the accepted calls wrote, the file is sound.
  const check = integrity(app.ctx.db)
  if (check !== 'ok') problems.push(`${channel}: integrity ${check}`)
  tally.millis = Date.now() - started
  return tally
}
