import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { t } from '../../../shared/i18n/translate'
import { registerHolder } from '../../db/holders'
import { emptiedDatabase } from '../../services/backup/recovery'

export interface DbArgumentOptions {
  mustExist?: boolean
  /** A restore or `demo --force`: running apps wait for it to end before opening the database. */
  destructive?: boolean
  /** The command deals with a damaged database itself (restore moves it aside). */
  acceptDamaged?: boolean
}

/**
 * The database named by --db or COPIL_DB, or undefined after printing why (exit code 2 follows).
 * The command is recorded as holding the database until it exits, so that a restore elsewhere
 * refuses to swap the file under it. A database emptied to zero bytes while backups of it exist is
 * damaged (DamagedDatabaseError): it is not opened as a new, empty one.
 */
export function dbArgument(value: string | undefined, options: DbArgumentOptions = {}): string | undefined {
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
  if (!options.acceptDamaged) {
    const emptied = emptiedDatabase(path)
    if (emptied) throw emptied
  }
  if (existsSync(resolve(path, '..'))) {
    registerHolder(path, { kind: 'cli', command: process.argv[2] ?? '', destructive: options.destructive ?? false })
  }
  return path
}
