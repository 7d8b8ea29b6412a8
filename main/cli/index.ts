import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import { toAppError } from '../api/db-errors'
import { DamagedDatabaseError } from '../db/damage'
import { commands } from './commands'

/** `copil <command> [options]`: the same services as the app, for batch work and for tests. */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(t('cli.help'))
    return 0
  }
  const command = commands[name]
  if (!command) {
    console.error(t('cli.unknownCommand', { command: name }))
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(t('cli.help'))
    return 0
  }
  return command(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  async (error: unknown) => {
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(t('cli.badOption', { reason: error.message }))
      process.exitCode = 2
      return
    }
    // A damaged database: what is wrong, then the newest sound backup and the command that restores it.
    // (The backups' code is loaded only then: `copil --help` does not load SQLite.)
    if (error instanceof DamagedDatabaseError) {
      const { recoveryAdvice } = await import('../services/backup/recovery')
      console.error(`${error.message}\n${recoveryAdvice(error.path)}`)
      process.exitCode = 1
      return
    }
    // A full disk, a read-only or busy database: the same French message as in the app, not a stack trace.
    const appError = error instanceof AppError ? error : toAppError(error)
    if (appError.code === 'INTERNAL') console.error(error)
    else console.error(appError.message)
    process.exitCode = appError.code === 'INTERNAL' ? 2 : 1
  },
)
