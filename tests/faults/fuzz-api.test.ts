/**
 * API fuzzing: every channel of the contract (new ones included, read from CHANNEL_NAMES) gets
 * hundreds of payloads, half of them well-typed — drawn from the channel's own zod schema and
 * naming rows that exist in the seeded example — and half malformed. Each call must come back as
 * data with a French message; nothing may throw; a refused call must leave every table as it was;
 * and every channel must accept at least a tenth of its calls, so that the fuzz reaches the
 * handlers and not only the validation. Destructive channels (deletes, restores, loading the
 * example) run on throwaway databases, renewed after each call that succeeded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { CHANNEL_NAMES, contract, type ChannelName } from '../../shared/api/contract'
import { BackupName } from '../../shared/api/schemas'
import { createDispatcher } from '../../main/api/dispatcher'
import { handlers } from '../../main/api/handlers'
import { AppError } from '../../main/errors'
import { fuzzCases, MUTATIONS, type Mutation } from './helpers/malformed'
import { fuzzChannel, type ChannelPlan, type ChannelTally } from './helpers/fuzz-channel'
import { openWorld, type WorldKind } from './helpers/fuzz-world'
import { overrideFor, readPools, seedTemplate, type Pools } from './helpers/fuzz-pools'
import { FAULTS_FULL, writeFaultReport } from './helpers/report'
import { longLivedDir } from './helpers/seed'

/** 500 cases per channel in `npm run test:faults`; a quick 60 in `npm test`. */
const RUNS_PER_CHANNEL = Number(process.env.FAULTS_FUZZ_RUNS ?? (FAULTS_FULL ? 500 : 60))
/** Every channel accepts at least this many of its calls: a tenth, and never fewer than ten. */
const MIN_ACCEPTED = Math.max(10, Math.ceil(RUNS_PER_CHANNEL / 10))
const SEED = Number(process.env.FAULTS_SEED ?? (FAULTS_FULL ? Date.now() % 1_000_000 : 20200715))
/** Cases per throwaway database, for channels that do not use theirs up. */
const BATCH = 50

/**
 * Where each destructive or special channel runs: the recovery channels work on a damaged file
 * (and say « nothing to recover » on a sound one), the example loads into an empty database.
 */
const WORLDS: Partial<Record<ChannelName, WorldKind[]>> = {
  'demo/load': ['empty'],
  'demo/status': ['demo', 'empty'],
  'recovery/status': ['damaged', 'demo'],
  'recovery/restore': ['damaged', 'damaged', 'demo'],
  'recovery/startEmpty': ['damaged', 'damaged', 'demo'],
  'system/info': ['demo', 'damaged'],
}
// preferences/setLanguage: once Arabic is chosen the messages are Arabic, by design; the French
// check holds for a French interface, so each accepted choice gets a fresh database.
const usesWorldUp = (channel: ChannelName) =>
  /\/delete$/.test(channel) ||
  ['backups/restore', 'recovery/restore', 'recovery/startEmpty', 'history/restore', 'releve/adopt', 'releve/openErratum', 'preferences/setLanguage'].includes(channel)
/**
 * Loading the example replays hundreds of calls: instead of a fresh empty database after each
 * load, small batches on an empty one (the first load succeeds, the next ones meet « not empty »).
 */
const BATCHES: Partial<Record<ChannelName, number>> = {
  'demo/load': Math.max(2, Math.floor(RUNS_PER_CHANNEL / (MIN_ACCEPTED * 1.3))),
}
/** Channels whose accepted calls are costly (a whole document built) get fewer well-typed cases. */
const WELL_TYPED_SHARE: Partial<Record<ChannelName, number>> = {
  'exports/releve': 0.3,
  'plans/exportXlsx': 0.3,
  'decisions/export': 0.3,
  'actions/export': 0.3,
  // Each file is read in a worker thread of its own.
  'people/importPreview': 0.25,
  'people/importCommit': 0.25,
  'plans/importPreview': 0.25,
  'plans/importCommit': 0.35,
}
/** Only the channels matching this pattern (FAULTS_FUZZ_ONLY), to work on one channel; all by default. */
const ONLY = new RegExp(process.env.FAULTS_FUZZ_ONLY ?? '.')

// In memory where the machine has it: thousands of throwaway databases, and the fuzz judges answers, not disks.
const work = longLivedDir('copil-fuzz-', existsSync('/dev/shm') ? '/dev/shm' : undefined)
const template = join(work.dir, 'modele')
let pools: Pools
let demoMeetingId = 0

beforeAll(async () => {
  mkdirSync(template)
  demoMeetingId = (await seedTemplate(template)).meetingId
  const backups = readdirSync(join(template, 'backups')).filter((name) => BackupName.safeParse(name).success)
  pools = readPools(template, join(work.dir, 'releve-livre.pdf'), backups)
}, 120_000)

afterAll(() => work.remove())

function planFor(channel: ChannelName, overrides: Partial<ChannelPlan> = {}): ChannelPlan {
  const worlds = join(work.dir, channel.replace('/', '-'))
  return {
    channel,
    valid: (payload) => contract[channel].input.safeParse(payload).success,
    kinds: WORLDS[channel] ?? ['demo'],
    batch: BATCHES[channel] ?? BATCH,
    renewAfterAccept: usesWorldUp(channel),
    open: (kind) => openWorld(kind, worlds, template, /^(backups|recovery)\//.test(channel)),
    ...overrides,
  }
}

function casesFor(channel: ChannelName, numRuns: number, seed: number) {
  const arbitrary = fuzzCases(
    contract[channel].input,
    { override: overrideFor(channel, pools) },
    WELL_TYPED_SHARE[channel],
  )
  return fc.sample(arbitrary, { numRuns, seed })
}

describe('API fuzzing', () => {
  it(`answers ${RUNS_PER_CHANNEL} payloads per channel, well-typed or malformed, as data in French; accepts at least ${MIN_ACCEPTED} on every channel; a refusal writes nothing`, async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    const tallies: Record<string, ChannelTally> = {}
    const problems: string[] = []
    const started = Date.now()

    for (const [index, channel] of CHANNEL_NAMES.entries()) {
      if (!ONLY.test(channel)) continue
      tallies[channel] = await fuzzChannel(
        planFor(channel),
        casesFor(channel, RUNS_PER_CHANNEL, SEED + index),
        problems,
      )
      // No payload may have reached Object.prototype.
      expect(Object.getOwnPropertyNames(Object.prototype).sort(), channel).toEqual(prototypeKeys)
      expect(({} as Record<string, unknown>).polluted, channel).toBeUndefined()
    }

    const all = Object.values(tallies)
    const sum = (pick: (t: ChannelTally) => number) => all.reduce((n, t) => n + pick(t), 0)
    const byMutation = Object.fromEntries(MUTATIONS.map((m) => [m, sum((t) => t.byMutation[m] ?? 0)])) as Record<
      Mutation,
      number
    >
    const fewAccepted = Object.entries(tallies)
      .filter(([, t]) => t.accepted < MIN_ACCEPTED)
      .map(([channel, t]) => `${channel} ${t.accepted}/${t.runs}`)
    const totals = {
      seed: SEED,
      channels: all.length,
      runsPerChannel: RUNS_PER_CHANNEL,
      minAcceptedPerChannel: MIN_ACCEPTED,
      casesRun: sum((t) => t.runs),
      accepted: sum((t) => t.accepted),
      refused: sum((t) => t.refused),
      crashes: sum((t) => t.crashes),
      wellTyped: sum((t) => t.wellTyped),
      wellTypedInvalid: sum((t) => t.wellTypedInvalid),
      channelsReached: all.filter((t) => t.accepted > 0).length,
      channelsBelowMinimum: fewAccepted,
      fewestAccepted: Math.min(...all.map((t) => t.accepted)),
      writesFromRejected: sum((t) => t.writesFromRejected),
      worlds: sum((t) => Object.values(t.worlds).reduce((n, k) => n + (k ?? 0), 0)),
      problems: problems.length,
      byMutation,
      seconds: (Date.now() - started) / 1000,
      slowest: Object.entries(tallies)
        .sort((a, b) => b[1].millis - a[1].millis)
        .slice(0, 5)
        .map(([channel, t]) => `${channel} ${t.millis} ms`),
      byChannel: tallies,
    }
    writeFaultReport('fuzz-api', totals)
    console.log(
      `[faults] fuzz: ${totals.casesRun} cases on ${totals.channels} channels, ${totals.accepted} accepted (fewest ${totals.fewestAccepted} on a channel), ` +
        `${totals.crashes} crashes, ${totals.writesFromRejected} writes from refused calls, ${totals.worlds} throwaway databases, ` +
        `${totals.seconds.toFixed(1)} s (seed ${SEED}); slowest ${totals.slowest.join(', ')}`,
    )
    expect(problems.slice(0, 20)).toEqual([])
    expect(Math.min(...all.map((t) => t.runs))).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL)
    // The fuzz reaches every handler, not only the validation.
    expect(fewAccepted).toEqual([])
  }, 3_600_000)

  it('refuses a rich text nested 100,000 levels deep as invalid input, without overflowing the stack', async () => {
    const world = await openWorld('demo', join(work.dir, 'profond'), template)
    try {
      let node: unknown = { type: 'text', text: 'fond' }
      for (let i = 0; i < 100_000; i++) node = { type: 'paragraph', content: [node] }
      const result = await world.dispatcher.dispatch('agenda/save', {
        meetingId: demoMeetingId,
        title: 'Point',
        discussion: { type: 'doc', content: [node] },
      })
      expect(result).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Données invalides : structure trop imbriquée.' },
      })
    } finally {
      world.close()
    }
  })

  it('answers NOT_FOUND, in French, on the recovery screen for a backup that does not exist', async () => {
    const world = await openWorld('damaged', join(work.dir, 'introuvable'), template)
    try {
      const result = await world.dispatcher.dispatch('recovery/restore', {
        name: 'copil-2020-07-15T100000000Z-manuelle.sqlite',
      })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringMatching(/introuvable/) },
      })
      expect(world.app()).toBeUndefined()
    } finally {
      world.close()
    }
  })

  it('would notice a refused call that wrote something (the check itself can fail)', async () => {
    // A deliberately faulty handler: it writes outside any transaction, then refuses.
    const plan = planFor('organisations/save', {
      wrap: (_dispatcher, world) =>
        createDispatcher((world.app() as NonNullable<ReturnType<typeof world.app>>).ctx, {
          ...handlers,
          'organisations/save': (input, ctx) => {
            ctx.db
              .prepare("INSERT INTO organisations (name, name_key, side) VALUES (?, ?, 'autre')")
              .run(input.name, `clé ${Math.random()}`)
            throw new AppError('CONFLICT', 'Conflit : enregistrement refusé.')
          },
        }),
    })
    const problems: string[] = []
    const tally = await fuzzChannel(plan, casesFor('organisations/save', 100, SEED), problems)
    expect(tally.writesFromRejected).toBeGreaterThan(0)
    // The history records the faulty write too (« history, organisations »).
    expect(problems.some((p) => /yet changed (.*, )?organisations/.test(p))).toBe(true)
  })

  it('would notice a channel that refuses every well-typed call (the minimum itself can fail)', async () => {
    const plan = planFor('meetings/get', {
      wrap: () => ({
        dispatch: async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Réunion introuvable.' } }),
      }),
    })
    const tally = await fuzzChannel(plan, casesFor('meetings/get', 60, SEED), [])
    expect(tally.wellTyped).toBeGreaterThan(10)
    expect(tally.accepted).toBeLessThan(MIN_ACCEPTED)
  })
})
