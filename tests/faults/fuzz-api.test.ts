/**
 * API fuzzing: every channel of the contract (new ones included, read from CHANNEL_NAMES) gets
 * hundreds of malformed payloads on a database holding the example. Each call must come back as
 * data — INVALID_INPUT, or a valid answer (a plausible payload may write, or find nothing) — with a
 * French message; nothing may throw, and a refused call must leave every table as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { CHANNEL_NAMES, contract } from '../../shared/api/contract'
import { createDispatcher } from '../../main/api/dispatcher'
import { handlers } from '../../main/api/handlers'
import { AppError } from '../../main/errors'
import { fuzzCases, MUTATIONS, type Mutation } from './helpers/malformed'
import { fuzzChannel, type ChannelTally } from './helpers/fuzz-channel'
import { FAULTS_FULL, writeFaultReport } from './helpers/report'
import { copyDatabase, longLivedDir, makeDemoDatabase, servicesOn } from './helpers/seed'

const RUNS_PER_CHANNEL = Number(process.env.FAULTS_FUZZ_RUNS ?? 500)
const SEED = Number(process.env.FAULTS_SEED ?? (FAULTS_FULL ? Date.now() % 1_000_000 : 20200715))

const work = longLivedDir('copil-fuzz-')
let template = ''
let demoMeetingId = 0

beforeAll(async () => {
  template = join(work.dir, 'template.sqlite')
  demoMeetingId = (await makeDemoDatabase(template, work.dir)).meetingId
}, 60_000)

afterAll(() => work.remove())

/** The services on a fresh copy of the example, in a folder of their own (backups included). */
function freshApp(name: string) {
  const dir = join(work.dir, name)
  mkdirSync(dir)
  copyDatabase(template, join(dir, 'copil.sqlite'))
  return servicesOn(join(dir, 'copil.sqlite'), dir)
}

describe('API fuzzing', () => {
  it(`answers ${RUNS_PER_CHANNEL} malformed payloads per channel as data, in French, and a refusal writes nothing`, async () => {
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    const tallies: Record<string, ChannelTally> = {}
    const problems: string[] = []
    const started = Date.now()

    for (const [index, channel] of CHANNEL_NAMES.entries()) {
      const app = freshApp(`canal-${index}`)
      try {
        // A real backup, so that the backup channels can find one.
        const backup = await app.dispatcher.dispatch('backups/create', {})
        const hints = backup.ok ? [(backup.value as { name: string }).name] : []
        const cases = fc.sample(fuzzCases(contract[channel].input, hints), {
          numRuns: RUNS_PER_CHANNEL,
          seed: SEED + index,
        })
        tallies[channel] = await fuzzChannel(app, channel, cases, problems)
      } finally {
        app.close()
      }
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
    const totals = {
      seed: SEED,
      channels: CHANNEL_NAMES.length,
      runsPerChannel: RUNS_PER_CHANNEL,
      casesRun: sum((t) => t.runs),
      accepted: sum((t) => t.ok),
      rejected: sum((t) => t.runs - t.ok - t.crashes),
      crashes: sum((t) => t.crashes),
      writesFromRejected: sum((t) => t.writesFromRejected),
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
      `[faults] fuzz: ${totals.casesRun} cases on ${totals.channels} channels, ${totals.accepted} accepted, ${totals.crashes} crashes, ` +
        `${totals.writesFromRejected} writes from refused calls, ${totals.seconds.toFixed(1)} s (seed ${SEED}); slowest ${totals.slowest.join(', ')}`,
    )
    expect(problems.slice(0, 20)).toEqual([])
    expect(Math.min(...all.map((t) => t.runs))).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL)
    // The fuzz reaches the handlers, not only the validation.
    expect(totals.accepted).toBeGreaterThan(CHANNEL_NAMES.length * 5)
  }, 600_000)

  it('refuses a rich text nested 100,000 levels deep as invalid input, without overflowing the stack', async () => {
    const app = freshApp('profond')
    try {
      let node: unknown = { type: 'text', text: 'fond' }
      for (let i = 0; i < 100_000; i++) node = { type: 'paragraph', content: [node] }
      const result = await app.dispatcher.dispatch('agenda/save', {
        meetingId: demoMeetingId,
        title: 'Point',
        discussion: { type: 'doc', content: [node] },
      })
      expect(result).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Données invalides : structure trop imbriquée.' },
      })
    } finally {
      app.close()
    }
  })

  it('would notice a refused call that wrote something (the check itself can fail)', async () => {
    const app = freshApp('controle')
    try {
      // A deliberately faulty handler: it writes outside any transaction, then refuses.
      const faulty = createDispatcher(app.ctx, {
        ...handlers,
        'organisations/save': (input, ctx) => {
          ctx.db
            .prepare("INSERT INTO organisations (name, name_key, side) VALUES (?, ?, 'autre')")
            .run(input.name, `clé ${Math.random()}`)
          throw new AppError('CONFLICT', 'Conflit : enregistrement refusé.')
        },
      })
      const problems: string[] = []
      const cases = fc.sample(fuzzCases(contract['organisations/save'].input), { numRuns: 100, seed: SEED })
      const tally = await fuzzChannel({ ...app, dispatcher: faulty }, 'organisations/save', cases, problems)
      expect(tally.writesFromRejected).toBeGreaterThan(0)
      expect(problems.some((p) => p.includes('yet changed organisations'))).toBe(true)
    } finally {
      app.close()
    }
  })
})
