import { t } from '../../shared/i18n/translate'
import { AppError } from '../errors'
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
  (error: unknown) => {
    if (error instanceof AppError) console.error(error.message)
    else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(t('cli.badOption', { reason: error.message }))
    } else console.error(error)
    process.exitCode = error instanceof AppError ? 1 : 2
  },
)
