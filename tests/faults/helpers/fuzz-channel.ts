/** Runs fuzz cases against one channel, on throwaway worlds, and judges each answer (used by fuzz-api.test.ts). */
import type { Dispatcher } from '../../../main/api/dispatcher'
import type { Result } from '../../../shared/api/result'
import { integrity } from './db-state'
import { notFrench } from './french'
import type { FuzzCase, Mutation } from './malformed'
import { contentWatch, type World, type WorldKind } from './fuzz-world'

/** Refusals a valid call may meet besides INVALID_INPUT: nothing with that id, or a rule of the domain. */
const EXPECTED_REFUSALS = new Set(['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'])

export interface ChannelTally {
  runs: number
  /** Calls answered `ok: true`. */
  accepted: number
  /** Calls answered with a French refusal (INVALID_INPUT, NOT_FOUND, CONFLICT). */
  refused: number
  /** Calls that threw, or answered with a code no valid or invalid input should meet (DB, IO, INTERNAL). */
  crashes: number
  /** Well-typed cases sent, and how many of them the channel accepted. */
  wellTyped: number
  wellTypedAccepted: number
  /** Well-typed cases that the channel's own schema refused (a fault of the fuzz, must be 0). */
  wellTypedInvalid: number
  codes: Record<string, number>
  writesFromRejected: number
  byMutation: Partial<Record<Mutation, number>>
  /** Throwaway databases used, per kind. */
  worlds: Partial<Record<WorldKind, number>>
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

export interface ChannelPlan {
  channel: string
  /** Whether a payload passes the channel's schema (to check that well-typed cases are). */
  valid: (payload: unknown) => boolean
  /** The kind of world each batch runs on, in turn. */
  kinds: readonly WorldKind[]
  /** Cases per world. */
  batch: number
  /** A call that succeeded used the world up (a delete, a restore): the next case gets a fresh one. */
  renewAfterAccept: boolean
  open: (kind: WorldKind) => Promise<World>
  /** Wraps the world's dispatcher (the control test puts a faulty handler there). */
  wrap?: (dispatcher: Dispatcher, world: World) => Dispatcher
}

/** Sends every case to the plan's channel; problems are described in `problems`. */
export async function fuzzChannel(
  plan: ChannelPlan,
  cases: readonly FuzzCase[],
  problems: string[],
): Promise<ChannelTally> {
  const { channel } = plan
  const started = Date.now()
  const tally: ChannelTally = {
    runs: 0,
    accepted: 0,
    refused: 0,
    crashes: 0,
    wellTyped: 0,
    wellTypedAccepted: 0,
    wellTypedInvalid: 0,
    codes: {},
    writesFromRejected: 0,
    byMutation: {},
    worlds: {},
    millis: 0,
  }
  let world: World | undefined
  let watch: ReturnType<typeof contentWatch> | undefined
  let dispatcher: Dispatcher | undefined
  let batch = -1
  const close = () => {
    if (!world) return
    // Whatever the accepted calls wrote, the file is sound.
    const db = world.app()?.ctx.db
    if (db?.open) {
      const check = integrity(db)
      if (check !== 'ok') problems.push(`${channel}: integrity ${check} (${world.kind})`)
    }
    world.close()
    world = undefined
  }
  const renew = async (kind: WorldKind) => {
    close()
    world = await plan.open(kind)
    tally.worlds[kind] = (tally.worlds[kind] ?? 0) + 1
    watch = contentWatch(world)
    dispatcher = plan.wrap ? plan.wrap(world.dispatcher, world) : world.dispatcher
  }

  try {
    for (const [index, { mutation, payload }] of cases.entries()) {
      const kind = plan.kinds[Math.floor(index / plan.batch) % plan.kinds.length] as WorldKind
      if (Math.floor(index / plan.batch) !== batch || !world) {
        batch = Math.floor(index / plan.batch)
        await renew(kind)
      }
      const w = watch as ReturnType<typeof contentWatch>
      tally.runs += 1
      tally.byMutation[mutation] = (tally.byMutation[mutation] ?? 0) + 1
      if (mutation === 'wellTyped') {
        tally.wellTyped += 1
        if (!plan.valid(payload)) {
          tally.wellTypedInvalid += 1
          problems.push(`${channel}: a well-typed case fails the schema: ${describePayload(payload)}`)
        }
      }
      w.refresh()
      let result: Result<unknown>
      try {
        result = await (dispatcher as Dispatcher).dispatch(channel, payload)
      } catch (error) {
        tally.crashes += 1
        problems.push(`${channel} threw ${String(error).slice(0, 200)} on ${mutation} ${describePayload(payload)}`)
        continue
      }
      if (result.ok) {
        tally.accepted += 1
        if (mutation === 'wellTyped') tally.wellTypedAccepted += 1
        if (plan.renewAfterAccept) await renew(kind)
        continue
      }
      const { code, message } = result.error
      tally.codes[code] = (tally.codes[code] ?? 0) + 1
      if (EXPECTED_REFUSALS.has(code)) tally.refused += 1
      else {
        tally.crashes += 1
        problems.push(`${channel} answered ${code} « ${message} » on ${mutation} ${describePayload(payload)}`)
      }
      const french = notFrench(message)
      if (french) problems.push(`${channel}: ${french} on ${mutation} ${describePayload(payload)}`)
      const changed = w.changedTables()
      if (changed.length > 0) {
        tally.writesFromRejected += 1
        problems.push(
          `${channel} refused (${code}) yet changed ${changed.join(', ')} on ${mutation} ${describePayload(payload)}`,
        )
      }
    }
  } finally {
    close()
  }
  tally.millis = Date.now() - started
  return tally
}
