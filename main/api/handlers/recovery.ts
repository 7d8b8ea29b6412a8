import type { HandlerTable } from '../dispatcher'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'

/** In normal mode the database is sound: the recovery channels say so and do nothing. */
export const recoveryHandlers: Pick<HandlerTable, 'recovery/status' | 'recovery/restore' | 'recovery/startEmpty'> = {
  'recovery/status': (_input, ctx) => ({ damaged: false, problem: '', dbPath: ctx.dbPath, backups: [] }),
  'recovery/restore': () => {
    throw new AppError('CONFLICT', t('recovery.notDamaged'))
  },
  'recovery/startEmpty': () => {
    throw new AppError('CONFLICT', t('recovery.notDamaged'))
  },
}
