import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'

/** Maps a failure from SQLite or the file system to a French, user-facing error. */
export function toAppError(error: unknown): AppError {
  const code = (error as { code?: unknown })?.code
  const reason = error instanceof Error ? error.message : String(error)
  if (typeof code === 'string') {
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('DB', t('errors.db.busy'))
    if (code === 'SQLITE_READONLY' || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
      return new AppError('IO', t('errors.db.readonly'))
    }
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('IO', t('errors.db.full'))
    if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT', t('errors.db.constraint', { reason }))
    if (code.startsWith('SQLITE_')) return new AppError('DB', t('errors.db.generic', { reason }))
  }
  return new AppError('INTERNAL', t('errors.internal'))
}
