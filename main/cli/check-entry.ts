import { check } from './commands/check'
import { runCli } from './run'

/**
 * `copil check` alone, bundled apart (dist/main/cli-check.cjs, chosen by dist/main/cli.cjs): a
 * quarter of the whole command line's code to read and compile at each start, since a check is run
 * again and again (by hand, by scripts, by a scheduler). Same help, same messages, same exit codes.
 */
runCli(process.argv.slice(2), { check })
