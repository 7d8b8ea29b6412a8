import { commands } from './commands'
import { runCli } from './run'

/** `copil <command> [options]`: the same services as the app, for batch work and for tests. */
runCli(process.argv.slice(2), commands)
