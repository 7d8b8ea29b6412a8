import Database from 'better-sqlite3'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Db } from '../../db/connection'
import { inspectDatabaseFile } from '../../db/connection'
import { LATEST_SCHEMA_VERSION } from '../../db/migrations'
import { AppError } from '../../errors'
import { createPrivateFile, makePrivateDir, renameDurably } from '../../files/private'
import { t } from '../../../shared/i18n/translate'
import { BACKUP_REASONS, backupsToPrune, type BackupFileInfo, type BackupReason } from './policy'
import { checkIntegrity } from './integrity'
import { checkIntegrityOffThread } from '../../workers/integrity'

export { checkIntegrity }

export interface BackupEntry extends BackupFileInfo {
  path: string
  size: number
  schemaVersion: number
}

const NAME = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)\.sqlite$/

/** The folder that holds the automatic and manual backups: `backups/` beside the database. */
export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups')
}

/**
 * Backups are named after their database (« copil-2026-11-22T…-quotidienne.sqlite » for
 * copil.sqlite), so that two databases in one folder never see, or restore, each other's copies.
 */
export function backupStem(dbPath: string): string {
  return basename(dbPath).replace(/\.(sqlite3?|db)$/i, '')
}

function fileName(dbPath: string, now: Date, reason: BackupReason): string {
  return `${backupStem(dbPath)}-${now.toISOString().replace(/[:.]/g, '').replace(/(\d{2})(\d{2})(\d{2})(\d{3})Z$/, '$1$2$3$4Z')}-${reason}.sqlite`
}

/** Parses a backup's file name into its database, date and reason; undefined for foreign files. */
export function parseBackupName(name: string): (BackupFileInfo & { stem: string }) | undefined {
  const match = NAME.exec(name)
  if (!match) return undefined
  const reason = match[7] as BackupReason
  if (!BACKUP_REASONS.includes(reason)) return undefined
  return { name, stem: match[1] as string, createdAt: `${match[2]}T${match[3]}:${match[4]}:${match[5]}.${match[6]}Z`, reason }
}

/**
 * The online backup copies the WAL journal mode along with the pages; a backup must be one
 * self-contained file that can be copied or mailed, so it is switched back to a rollback journal.
 */
export function singleFile(path: string): void {
  const copy = new Database(path)
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
}

/** A backup copy that failed integrity_check: the database it was copied from has damaged pages. */
export class BackupIntegrityError extends AppError {
  constructor(details: string[]) {
    super('DB', t('backup.integrityFailed', { details: details.join(' ; ') }))
    this.name = 'BackupIntegrityError'
  }
}

/**
 * Copies the live database with SQLite's online backup API into the backups folder, checks the
 * copy with integrity_check, and only then gives it its final name.
 */
export async function createBackup(
  db: Db,
  dbPath: string,
  reason: BackupReason,
  now = new Date(),
  onStage?: (stage: 'copying' | 'checking') => void,
): Promise<BackupEntry> {
  const dir = backupDir(dbPath)
  makePrivateDir(dir)
  const name = fileName(dbPath, now, reason)
  const finalPath = join(dir, name)
  const partial = `${finalPath}.partiel`
  await writeCheckedCopy(db, partial, finalPath, onStage)
  pruneBackups(dbPath, now)
  return describe(finalPath, parseBackupName(name) as BackupFileInfo)
}

/**
 * The online backup of `db` into `partial` (created 0600 first: SQLite gives its journals the same
 * mode), made one self-contained file, checked with integrity_check, then renamed to `finalPath`.
 * A failure leaves nothing behind.
 */
export async function writeCheckedCopy(
  db: Db,
  partial: string,
  finalPath: string,
  onStage?: (stage: 'copying' | 'checking') => void,
): Promise<void> {
  try {
    createPrivateFile(partial)
    onStage?.('copying')
    await db.backup(partial)
    singleFile(partial)
    // Every page of the copy is read in a worker: the request loop keeps answering meanwhile.
    onStage?.('checking')
    const integrity = await checkIntegrityOffThread(partial)
    if (!integrity.ok) throw new BackupIntegrityError(integrity.details)
    renameDurably(partial, finalPath)
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(partial + suffix, { force: true })
    throw error
  }
}

/** Backs up a database file that is not open yet (before a migration), through a read-only connection. */
export async function backupFile(path: string, reason: BackupReason, now = new Date()): Promise<BackupEntry> {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return await createBackup(db, path, reason, now)
  } finally {
    db.close()
  }
}

function describe(path: string, info: BackupFileInfo): BackupEntry {
  let schemaVersion: number
  try {
    schemaVersion = inspectDatabaseFile(path).schemaVersion
  } catch {
    schemaVersion = -1
  }
  return { ...info, path, size: statSync(path).size, schemaVersion }
}

/** Every backup of this database, newest first. */
export function listBackups(dbPath: string): BackupEntry[] {
  const dir = backupDir(dbPath)
  if (!existsSync(dir)) return []
  const own = backupStem(dbPath)
  return readdirSync(dir)
    .map((name) => ({ name, info: parseBackupName(name) }))
    .filter((entry): entry is { name: string; info: BackupFileInfo & { stem: string } } => entry.info?.stem === own)
    .map(({ name, info: { stem: _stem, ...info } }) => describe(join(dir, name), info))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Deletes the backups the retention policy no longer keeps. */
export function pruneBackups(dbPath: string, now = new Date()): string[] {
  const dir = backupDir(dbPath)
  const names = backupsToPrune(listBackups(dbPath), now)
  for (const name of names) rmSync(join(dir, name), { force: true })
  return names
}

/** Whether today's automatic backup is still to be made. */
export function needsDailyBackup(dbPath: string, now = new Date()): boolean {
  const today = now.toISOString().slice(0, 10)
  return !listBackups(dbPath).some((b) => b.createdAt.slice(0, 10) === today)
}

/**
 * Checks that a file can be restored: a sound SQLite database from this version or an older one.
 * Its header is read here; every page is read by integrity_check in a worker, so that the request
 * loop keeps answering while a large backup is checked. Returns its schema version.
 */
export async function validateBackupFile(path: string): Promise<number> {
  if (!existsSync(path)) throw new AppError('NOT_FOUND', t('errors.db.missing', { path }))
  const { schemaVersion } = inspectDatabaseFile(path)
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('DB', t('errors.db.newer', { found: schemaVersion, known: LATEST_SCHEMA_VERSION }))
  }
  let integrity: { ok: boolean; details: string[] }
  try {
    integrity = await checkIntegrityOffThread(path, 'restore')
  } catch (error) {
    // Damaged pages of the backup stop SQLite's check itself: the backup is refused, not the live database.
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)) integrity = { ok: false, details: [(error as Error).message] }
    else throw error
  }
  if (!integrity.ok) throw new AppError('DB', t('backup.integrityFailed', { details: integrity.details.join(' ; ') }))
  return schemaVersion
}

/** Moves a damaged database (and its WAL files) aside, never overwriting it; returns the new path. */
export function moveAside(path: string, now = new Date()): string {
  const target = `${path}.endommagee-${now.toISOString().replace(/[:.]/g, '-')}`
  renameSync(path, target)
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix)
  }
  return target
}
