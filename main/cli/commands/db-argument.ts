import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { t } from '../../../shared/i18n/translate'

/** The database named by --db or COPIL_DB, or undefined after printing why (exit code 2 follows). */
export function dbArgument(value: string | undefined, options: { mustExist?: boolean } = {}): string | undefined {
  const raw = value ?? process.env.COPIL_DB
  if (!raw) {
    console.error(t('cli.missingDb'))
    return undefined
  }
  const path = resolve(raw)
  if ((options.mustExist ?? true) && !existsSync(path)) {
    console.error(t('errors.db.missing', { path }))
    return undefined
  }
  return path
}
