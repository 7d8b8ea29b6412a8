import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startCheckWorker, type CheckWorker } from './commands/check-worker'

/**
 * `copil check` alone, bundled apart (dist/main/cli-check.cjs, chosen by dist/main/cli.cjs): a
 * tenth of the whole command line's code to read and compile at each start, since a check is run
 * again and again (by hand, by scripts, by a scheduler). Same help, same messages, same exit codes.
 *
 * The worker that shares the pages' jobs starts first of all, so that its start overlaps the
 * loading of the rest of the command and the reading of the file's header.
 */
function earlyWorker(argv: string[]): CheckWorker | undefined {
  if (argv[0] !== 'check') return undefined
  try {
    const { values } = parseArgs({ args: argv.slice(1), options: { db: { type: 'string' }, full: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: false })
    const db = typeof values.db === 'string' ? values.db : process.env.COPIL_DB
    return values.full || values.help || !db ? undefined : startCheckWorker(resolve(db))
  } catch {
    return undefined
  }
}

const argv = process.argv.slice(2)
const worker = earlyWorker(argv)
// The rest (catalogue, SQLite, the command) is loaded once the worker is on its way.
void import('./run').then(({ runCli }) =>
  runCli(argv, {
    check: async (args) => (await import('./commands/check')).check(args, worker),
  }),
)
