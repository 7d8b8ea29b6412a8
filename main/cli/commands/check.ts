import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { inspectDatabaseFile } from '../../db/connection'
import { LATEST_SCHEMA_VERSION } from '../../db/migrations'
import { AppError } from '../../errors'
import { DamagedDatabaseError, diagnoseDamage, isDamageError } from '../../db/damage'
import { emptiedDatabase, recoveryAdvice } from '../../services/backup/recovery'
import { checkPages } from './check-pages'
import type { CheckWorker } from './check-worker'

/**
 * `copil check --db FILE [--full]`: header, size, schema version, every page (./check-pages.ts) and
 * the foreign keys, read-only; exit 0 when sound, 1 otherwise. `worker`: the one that shares the
 * pages' jobs, when already started (../check-entry.ts); stopped unused if the check ends before.
 */
export async function check(args: string[], worker?: CheckWorker): Promise<number> {
  try {
    return await checkWith(args, worker)
  } finally {
    worker?.cancel()
  }
}

async function checkWith(args: string[], worker: CheckWorker | undefined): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, full: { type: 'boolean' } }, strict: true })
  const depth = values.full ? 'full' : 'pages'
  const dbArg = values.db ?? process.env.COPIL_DB
  if (!dbArg) {
    console.error(t('cli.missingDb'))
    return 2
  }
  const path = resolve(dbArg)
  if (!existsSync(path)) {
    console.error(t('errors.db.missing', { path }))
    return 1
  }
  // A damaged file (emptied, unreadable, not SQLite, truncated) goes to the CLI's damage message.
  const emptied = emptiedDatabase(path)
  if (emptied) throw emptied
  let version: number
  try {
    version = inspectDatabaseFile(path).schemaVersion
  } catch (error) {
    if (error instanceof DamagedDatabaseError) throw error
    console.error(error instanceof AppError ? error.message : String(error))
    return 1
  }
  if (version > LATEST_SCHEMA_VERSION) {
    console.error(t('errors.db.newer', { found: version, known: LATEST_SCHEMA_VERSION }))
    return 1
  }
  try {
    const { problems, brokenKeys } = await checkPages(path, depth, worker)
    if (problems.length > 0 || brokenKeys > 0) {
      const details = [...problems.slice(0, 10), ...(brokenKeys ? [t('cli.check.brokenKeys', { number: brokenKeys })] : [])].join('\n')
      console.error(`${t('cli.check.integrityFailed', { path, details })}\n${recoveryAdvice(path)}`)
      return 1
    }
  } catch (error) {
    if (isDamageError(error)) throw diagnoseDamage(path, error)
    console.error(t('cli.check.integrityFailed', { path, details: (error as Error).message }))
    return 1
  }
  const state =
    version === LATEST_SCHEMA_VERSION ? t('cli.check.upToDate') : t('cli.check.needsMigration', { latest: LATEST_SCHEMA_VERSION })
  console.log(t('cli.check.sound', { path, version, state }))
  console.log(t(depth === 'full' ? 'cli.check.scopeFull' : 'cli.check.scopePages'))
  return 0
}
