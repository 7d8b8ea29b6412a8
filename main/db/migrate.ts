import type Database from 'better-sqlite3'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import { MIGRATIONS, type Migration } from './migrations'
import { registerFunctions } from './functions'
import { loadHistoryActor, withoutHistory } from './history/session'
import { syncHistoryTriggers } from './history/triggers'
import { refreshDecisionNumbers } from './repos/registers/decision-numbers'

/** The migration that created the decisions register (its numbers are set by writes, not reads). */
const REGISTER_VERSION = 11

/** Applies every pending migration, each in its own transaction with its user_version bump. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  // Migrations and the triggers they create call Copil's SQL functions.
  registerFunctions(db)
  const current = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) throw new AppError('DB', t('errors.db.newer', { found: current, known: latest }))
  // A migration rewriting rows is not a user's change: the history triggers stay quiet meanwhile.
  withoutHistory(db, () => {
    for (const migration of migrations) {
      if (migration.version <= current) continue
      db.transaction(() => {
        db.exec(migration.sql)
        // user_version cannot take a bound parameter; the value is an integer from our own table.
        db.pragma(`user_version = ${Math.trunc(migration.version)}`)
      })()
    }
  })
  // Decisions that arrived with an upgrade are numbered now: a read of the register never writes.
  if (current < latest && latest >= REGISTER_VERSION) withoutHistory(db, () => refreshDecisionNumbers(db))
  // The history triggers follow the tables as they are now (a table or a column added by a migration).
  syncHistoryTriggers(db)
  loadHistoryActor(db)
  return db.pragma('user_version', { simple: true }) as number
}
