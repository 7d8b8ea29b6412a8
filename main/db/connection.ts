import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { migrate } from './migrate'
import { registerFunctions } from './functions'

export type Db = Database.Database

const SQLITE_HEADER = 'SQLite format 3\u0000'

/** Reads the first bytes of a file to tell whether it is a SQLite database, without opening it. */
function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(16)
    const read = readSync(fd, buffer, 0, 16, 0)
    return read === 16 && buffer.toString('latin1') === SQLITE_HEADER
  } finally {
    closeSync(fd)
  }
}

/**
 * Checks an existing file before anything may write to it: it must be a SQLite database whose
 * schema is not newer than ours. Opening read-only first keeps a refused file byte-identical.
 */
export function inspectDatabaseFile(path: string): { exists: boolean; schemaVersion: number } {
  if (!existsSync(path) || statSync(path).size === 0) return { exists: false, schemaVersion: 0 }
  if (!hasSqliteHeader(path)) throw new AppError('DB', t('errors.db.notSqlite', { path }))
  let probe: Db | undefined
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true })
    const schemaVersion = probe.pragma('user_version', { simple: true }) as number
    return { exists: true, schemaVersion }
  } catch (error) {
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
  db.transaction = ((fn: Parameters<Db['transaction']>[0]) => transaction(fn).immediate) as Db['transaction']
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
    throw error
  }
}

/** The schema version a connection is at. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}
