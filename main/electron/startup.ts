import { AppError } from '../errors'
import { fr } from '../../shared/i18n/fr'

/** The value given after `--db` on the command line, if any. */
export function dbArgument(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--db')
  const value = index >= 0 ? argv[index + 1] : undefined
  return value && !value.startsWith('--') ? value : undefined
}

/** What the error box says when the app cannot start: the French message of an AppError, else a generic sentence. */
export function startupFailureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message
  const detail = error instanceof Error ? error.message : String(error)
  return fr.desktop.startupFailed.replace('{{message}}', detail)
}
