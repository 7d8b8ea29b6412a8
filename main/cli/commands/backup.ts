import Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { inspectDatabaseFile } from '../../db/connection'
import { writeCheckedCopy } from '../../services/backup/backup'
import { assertNoOtherHolder } from '../../services/backup/exclusive'
import { removeLeftovers } from '../../services/backup/recovery'
import { restoreDatabase } from '../../services/backup/restore'
import { dbArgument } from './db-argument'

/** `copil backup --db FILE --out FILE`: an online, integrity-checked copy of the database. */
export async function backup(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, out: { type: 'string' } }, strict: true })
  const path = dbArgument(values.db)
  if (!path) return 2
  if (!values.out) {
    console.error(t('backup.cli.missingOut'))
    return 2
  }
  const out = resolve(values.out)
  if (existsSync(out)) {
    console.error(t('backup.cli.outExists', { path: out }))
    return 1
  }
  inspectDatabaseFile(path)
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    await writeCheckedCopy(db, `${out}.partiel`, out)
  } finally {
    db.close()
  }
  const { size } = statSync(out)
  console.log(t('backup.cli.done', { path: out, size }))
  return 0
}

/** `copil restore --db FILE --from FILE`: replaces the database by a backup, keeping the old one. */
export async function restore(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, from: { type: 'string' } }, strict: true })
  const path = dbArgument(values.db, { mustExist: false, destructive: true, acceptDamaged: true })
  if (!path) return 2
  if (!values.from) {
    console.error(t('backup.cli.missingFrom'))
    return 2
  }
  // Swapping the file under a running app would lose everything it writes afterwards.
  assertNoOtherHolder(path, 'restore')
  removeLeftovers(path)
  const outcome = await restoreDatabase(path, resolve(values.from))
  console.log(
    t('backup.cli.restored', {
      from: resolve(values.from),
      backup: outcome.previousBackup?.path ?? outcome.movedAside ?? dirname(path),
    }),
  )
  return 0
}
