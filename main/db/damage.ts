import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'

/** What is wrong with a database file, as far as its bytes and the file system tell. */
export type DamageKind = 'unreadable' | 'io' | 'empty' | 'notSqlite' | 'truncated' | 'corrupt'

/**
 * A database file that cannot be opened safely: the app opens its recovery screen, the CLI says so
 * in French and exits 1. `problem` is the French sentence for the screen; the file is untouched.
 */
export class DamagedDatabaseError extends AppError {
  constructor(
    readonly path: string,
    readonly kind: DamageKind,
    readonly problem: string,
  ) {
    super('DB', kind === 'notSqlite' ? t('errors.db.notSqlite', { path }) : t('errors.db.damaged', { path, problem }))
    this.name = 'DamagedDatabaseError'
  }
}

const SQLITE_HEADER = 'SQLite format 3\u0000'

interface Header {
  sqlite: boolean
  /** Bytes the database says it holds (page size × page count), when the header says it reliably. */
  declaredSize?: number
}

function readHeader(path: string): Header {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(100)
    const read = readSync(fd, buffer, 0, 100, 0)
    if (read < 16 || buffer.toString('latin1', 0, 16) !== SQLITE_HEADER) return { sqlite: false }
    if (read < 100) return { sqlite: true }
    const rawPageSize = buffer.readUInt16BE(16)
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
    const pageCount = buffer.readUInt32BE(28)
    // The page count is valid only when written by the same change as the change counter (SQLite ≥ 3.7).
    const valid = buffer.readUInt32BE(24) === buffer.readUInt32BE(92) && pageCount > 0
    return valid ? { sqlite: true, declaredSize: pageSize * pageCount } : { sqlite: true }
  } finally {
    closeSync(fd)
  }
}

/** Whether an error from SQLite means the file itself is damaged (not busy, full or read-only). */
export function isDamageError(error: unknown): boolean {
  if (error instanceof DamagedDatabaseError) return true
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB|IOERR_SHORT_READ)(_|$)/.test(code)
}

/** A file-system error code that means the file cannot be read at all. */
function fsDamage(error: unknown): DamageKind | undefined {
  const code = (error as { code?: unknown })?.code
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable'
  if (code === 'EIO' || code === 'EISDIR') return 'io'
  return undefined
}

/**
 * Says what is wrong with a database file, reading only its header: unreadable, empty, not SQLite,
 * shorter than its header declares (truncated), or else damaged pages. `hint` is the error that
 * revealed the damage, when there was one.
 */
export function diagnoseDamage(path: string, hint?: unknown): DamagedDatabaseError {
  const hinted = fsDamage(hint)
  if (hinted) return new DamagedDatabaseError(path, hinted, t(`recovery.problems.${hinted}`))
  let size: number
  let header: Header
  try {
    size = statSync(path).size
    header = size === 0 ? { sqlite: false } : readHeader(path)
  } catch (error) {
    const kind = fsDamage(error) ?? 'io'
    return new DamagedDatabaseError(path, kind, t(`recovery.problems.${kind}`))
  }
  if (size === 0) return new DamagedDatabaseError(path, 'empty', t('recovery.problems.empty'))
  if (!header.sqlite) return new DamagedDatabaseError(path, 'notSqlite', t('recovery.problems.notSqlite'))
  if (header.declaredSize !== undefined && size < header.declaredSize) {
    const percent = Math.floor((size / header.declaredSize) * 100)
    const bytes = new Intl.NumberFormat('fr-FR')
    return new DamagedDatabaseError(path, 'truncated', t('recovery.problems.truncated', { size: bytes.format(size), expected: bytes.format(header.declaredSize), percent }))
  }
  return new DamagedDatabaseError(path, 'corrupt', t('recovery.problems.corrupt'))
}

/** The first bytes of a file, to tell whether it is a SQLite database without opening it; throws the damage. */
export function assertSqliteFile(path: string): void {
  let header: Header
  try {
    header = readHeader(path)
  } catch (error) {
    throw diagnoseDamage(path, error)
  }
  if (!header.sqlite) throw new DamagedDatabaseError(path, 'notSqlite', t('recovery.problems.notSqlite'))
}

/**
 * A file shorter than the size its header declares was cut (a copy or a disk that stopped half-way).
 * SQLite does not always notice: the pages that are missing may not be read for a while. Only
 * checked without WAL or journal content, since a checkpoint or a rollback in progress may grow the
 * file after its header.
 */
export function truncation(path: string): DamagedDatabaseError | undefined {
  for (const journal of [`${path}-wal`, `${path}-journal`]) if (existsSync(journal) && statSync(journal).size > 0) return undefined
  const size = statSync(path).size
  if (size === 0) return undefined
  const header = readHeader(path)
  if (!header.sqlite || header.declaredSize === undefined || size >= header.declaredSize) return undefined
  return diagnoseDamage(path)
}
