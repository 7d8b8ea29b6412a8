import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
import { toAppError } from '../api/db-errors'
import { DamagedDatabaseError } from '../db/damage'
import type { Command } from './commands'

/**
 * Runs `copil <command> [options]` with `commands` and sets the exit code: the help, an unknown
 * command, the command itself, and what it throws told in French (a damaged database with the
 * backup that restores it, a full disk, a bad option).
 */
export function runCli(argv: string[], commands: Record<string, Command | undefined>): void {
  main(argv, commands).then(
    (code) => {
      process.exitCode = code
    },
    async (error: unknown) => {
      process.exitCode = await failure(error)
    },
  )
}

async function main(argv: string[], commands: Record<string, Command | undefined>): Promise<number> {
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

async function failure(error: unknown): Promise<number> {
  if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(t('cli.badOption', { reason: error.message }))
    return 2
  }
  // A damaged database: what is wrong, then the newest sound backup and the command that restores it.
  // (The backups' code is loaded only then: `copil --help` does not load SQLite.)
  if (error instanceof DamagedDatabaseError) {
    const { recoveryAdvice } = await import('../services/backup/recovery')
    console.error(`${error.message}\n${recoveryAdvice(error.path)}`)
    return 1
  }
  // A full disk, a read-only or busy database: the same French message as in the app, not a stack trace.
  const appError = error instanceof AppError ? error : toAppError(error)
  if (appError.code === 'INTERNAL') console.error(error)
  else console.error(appError.message)
  return appError.code === 'INTERNAL' ? 2 : 1
}
