import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, statSync } from 'node:fs'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { migrate } from './migrate'
import { registerFunctions } from './functions'
import { nextSave } from './history/session'
import { assertSqliteFile, diagnoseDamage, isDamageError } from './damage'
import { PRIVATE_FILE_MODE, tightenMode } from '../files/private'

export type Db = Database.Database

/**
 * Checks an existing file before anything may write to it: it must be a SQLite database whose
 * schema is not newer than ours. Opening read-only first keeps a refused file byte-identical.
 * A damaged file (unreadable, not SQLite, truncated, malformed) throws a DamagedDatabaseError.
 */
export function inspectDatabaseFile(path: string): { exists: boolean; schemaVersion: number } {
  if (!existsSync(path) || statSync(path).size === 0) return { exists: false, schemaVersion: 0 }
  assertSqliteFile(path)
  let probe: Db | undefined
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true })
    const schemaVersion = probe.pragma('user_version', { simple: true }) as number
    return { exists: true, schemaVersion }
  } catch (error) {
    if (isDamageError(error)) throw diagnoseDamage(path, error)
    throw new AppError('DB', t('errors.db.cannotOpen', { path, reason: (error as Error).message }))
  } finally {
    probe?.close()
  }
}

/**
 * Makes every `db.transaction(fn)()` begin IMMEDIATE: it takes the write lock at BEGIN, waiting up to
 * busy_timeout while another program (the command line, a second window) writes. A DEFERRED one
 * that reads before it writes cannot wait: SQLite refuses it at once with SQLITE_BUSY, and the
 * user's write is lost.
 */
function beginImmediate(db: Db): void {
  const transaction = db.transaction.bind(db)
  db.transaction = ((fn: Parameters<Db['transaction']>[0]) => {
    const run = transaction(fn).immediate
    // An outermost transaction is one save: its history rows are grouped together.
    return (...args: unknown[]) => {
      if (!db.inTransaction) nextSave(db)
      return run(...args)
    }
  }) as Db['transaction']
}

/**
 * Sets the connection pragmas every Copil connection runs with.
 *
 * synchronous=FULL: in WAL mode SQLite then syncs the WAL to disk at every commit, before the
 * commit returns, so a write the user was told is saved survives a power cut or an OS crash. With
 * NORMAL it is only synced at checkpoints, and « a transaction committed in WAL mode with
 * synchronous=NORMAL might roll back following a power loss or system crash » (sqlite.org/pragma.html).
 * fullfsync asks macOS for F_FULLFSYNC, since its plain fsync does not flush the drive's cache; other
 * systems ignore it.
 */
export function configureConnection(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('fullfsync = ON')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  beginImmediate(db)
  registerFunctions(db)
}

/**
 * A new database file is created 0600 before SQLite opens it: SQLite gives its -wal and -shm the
 * database file's mode. An existing one (and its WAL files) loses any group or other permission.
 */
function makePrivate(path: string): void {
  if (!existsSync(path)) {
    try {
      closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE))
    } catch {
      // Created meanwhile by another process, or a folder we cannot write: SQLite's open says which.
    }
    return
  }
  for (const suffix of ['', '-wal', '-shm']) tightenMode(path + suffix)
}

export interface OpenOptions {
  /** Called with the old version before migrating a database that already holds data. */
  beforeMigrate?: (path: string, fromVersion: number) => void
}

/** Opens (creating if needed) and migrates the database at `path`; refuses foreign or newer files. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const { exists, schemaVersion } = inspectDatabaseFile(path)
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('DB', t('errors.db.newer', { found: schemaVersion, known: LATEST_SCHEMA_VERSION }))
  }
  if (exists && schemaVersion < LATEST_SCHEMA_VERSION) options.beforeMigrate?.(path, schemaVersion)
  makePrivate(path)
  let db: Db
  try {
    db = new Database(path)
  } catch (error) {
    throw new AppError('DB', t('errors.db.cannotOpen', { path, reason: (error as Error).message }))
  }
  try {
    configureConnection(db)
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw isDamageError(error) ? diagnoseDamage(path, error) : error
  }
}

/** The schema version a connection is at. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}
