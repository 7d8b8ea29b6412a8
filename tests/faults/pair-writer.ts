/**
 * Child process of two-processes.test.ts: one of two programs writing to the same database at the
 * same time (the app and the command line), each call through the real dispatcher. It waits for a
 * common start time, writes for a while, and reports each acknowledged write (« ACK tag ») and each
 * refusal (« ERR code message »).
 *
 * Usage: node pair-writer.cjs <db> <who> <start-at-ms> <duration-ms> <seed-json>
 */
import { writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { startServices } from '../../main/bootstrap'

export interface PairSeed {
  committeeId: number
  meetingId: number
  /** One activity per writer, so that their replans never depend on each other. */
  activityIds: Record<string, number>
}

export const PAIR_CHANNELS = [
  'decisions/save',
  'people/save',
  'replans/create',
  'agenda/save',
  'meetings/create',
] as const
export type PairChannel = (typeof PAIR_CHANNELS)[number]

const [dbPath, who, startText, durationText, seedJson] = process.argv.slice(2)
if (!dbPath || !who || !startText || !durationText || !seedJson) {
  console.error('usage: pair-writer <db> <who> <start-at-ms> <duration-ms> <seed-json>')
  process.exit(2)
}
const seed = JSON.parse(seedJson) as PairSeed
const say = (line: string) => writeSync(1, `${line}\n`)

function input(channel: PairChannel, tag: string): unknown {
  switch (channel) {
    case 'decisions/save':
      return { meetingId: seed.meetingId, text: tag }
    case 'people/save':
      return { civility: 'M.', firstName: 'Parallèle', lastName: tag, organisationId: null, confirmDuplicate: true }
    case 'replans/create':
      return { activityId: seed.activityIds[who as string], newText: tag, reason: tag }
    case 'agenda/save':
      return { meetingId: seed.meetingId, title: tag }
    case 'meetings/create':
      return {
        committeeId: seed.committeeId,
        header: {
          title: tag,
          kind: 'ordinaire',
          mode: 'distance',
          dates: [{ date: '2020-11-05', startTime: null, endTime: null }],
        },
      }
  }
}

/** Each writer's minimum share; the test asks for more than 50 from each. */
const MIN_WRITES = 80

async function main(): Promise<void> {
  const app = startServices({ dbPath: dbPath as string, dataDir: dirname(dbPath as string), transport: 'web' })
  const startAt = Number(startText)
  const stopAt = startAt + Number(durationText)
  // A writer that started late on a loaded machine keeps going until it has written its share, so
  // that both really interleave whatever the machine's speed (bounded, in case the other never yields).
  const giveUpAt = stopAt + 60_000
  let acknowledged = 0
  const more = () => Date.now() < stopAt || (acknowledged < MIN_WRITES && Date.now() < giveUpAt)
  while (Date.now() < startAt) await new Promise((resolve) => setTimeout(resolve, 1))
  for (let seq = 1; more(); seq++) {
    const channel = PAIR_CHANNELS[seq % PAIR_CHANNELS.length] as PairChannel
    const tag = `${who}.${seq}.${channel}`
    const result = await app.dispatcher.dispatch(channel, input(channel, tag))
    if (result.ok) {
      acknowledged += 1
      say(`ACK ${tag}`)
    } else say(`ERR ${tag} ${result.error.code} ${result.error.message.replace(/\n/g, ' ')}`)
  }
  app.close()
  say('DONE')
}

main().catch((error: unknown) => {
  say(`FAIL ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(3)
})
