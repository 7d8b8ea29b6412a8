import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'

/** Maps a failure from SQLite or the file system to a French, user-facing error. */
export function toAppError(error: unknown): AppError {
  const code = (error as { code?: unknown })?.code
  const reason = error instanceof Error ? error.message : String(error)
  // The lock of an adopted relevé, raised by the triggers of migration 0014 whatever the writer.
  if (reason.includes('COPIL_RELEVE_LOCKED')) return new AppError('CONFLICT', t('lifecycle.locked'))
  if (reason.includes('COPIL_ADOPT_WITHOUT_VERSION')) return new AppError('CONFLICT', t('lifecycle.adoptWithoutVersion'))
  if (typeof code === 'string') {
    // Extended codes too: SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED…
    if (/^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)) return new AppError('DB', t('errors.db.busy'))
    if (/^SQLITE_READONLY(_|$)/.test(code) || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      return new AppError('IO', t('errors.db.readonly'))
    }
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('IO', t('errors.db.full'))
    if (/^SQLITE_IOERR(_|$)/.test(code) || code === 'EIO') return new AppError('IO', t('errors.db.ioError'))
    if (/^SQLITE_(CORRUPT|NOTADB)(_|$)/.test(code)) return new AppError('DB', t('errors.db.corrupt'))
    if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT', t('errors.db.constraint', { reason }))
    if (code.startsWith('SQLITE_')) return new AppError('DB', t('errors.db.generic', { reason }))
  }
  return new AppError('INTERNAL', t('errors.internal'))
}
