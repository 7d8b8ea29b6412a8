import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { parseParticipants, type PastedParticipant } from '../../../shared/participants/paste-parse'

/** What `copil parse-participants --json` prints for each person. */
export function participantJson(p: PastedParticipant) {
  return {
    civility: p.civility,
    firstName: p.firstName,
    lastName: p.lastName,
    organisation: p.organisation,
    acronym: p.acronym,
    function: p.function,
  }
}

function participantLine(p: PastedParticipant, index: number): string {
  const none = t('cli.participants.none')
  return t('cli.participants.line', {
    n: index + 1,
    civility: p.civility ?? none,
    firstName: p.firstName || none,
    lastName: p.lastName,
    organisation: p.organisation || none,
    acronym: p.acronym || none,
    function: p.function || none,
  })
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** `copil parse-participants [--json]`: reads a pasted list of participants on stdin. */
export async function parseParticipantsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true, allowPositionals: false })
  const reading = parseParticipants(await readStdin())
  for (const s of reading.skipped) console.error(t('cli.participants.skipped', { line: s.line, text: s.text }))
  if (reading.participants.length === 0) {
    console.error(t('cli.participants.nobody'))
    return 1
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(reading.participants.map(participantJson), null, 2)}\n`)
  } else {
    const lines = reading.participants.map(participantLine)
    lines.push('', t('cli.participants.count', { count: reading.participants.length }))
    process.stdout.write(`${lines.join('\n')}\n`)
  }
  return 0
}
