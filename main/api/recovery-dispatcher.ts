import { contract, isChannelName } from '../../shared/api/contract'
import { fail, ok } from '../../shared/api/result'
import { t } from '../../shared/i18n/translate'
import type { Dispatcher } from './dispatcher'
import { describeZodError } from './zod-messages'
import { toAppError } from './db-errors'
import { recoveryStatus, replaceDamaged } from '../services/backup/recovery'
import { APP_VERSION } from '../version'
import type { RecoveryStatus } from '../../shared/domain/recovery'
import { AppError } from '../errors'
import { asTask, tasksInProgress } from '../services/tasks/registry'

/**
 * While the database is damaged, only the recovery channels (and the progress of their long tasks)
 * work; every other call is refused with a French message, so nothing can write to the damaged file.
 * The backups offered are checked in a worker, once, from the first question: `tasks/progress` says
 * how many are checked meanwhile.
 */
export function createRecoveryDispatcher(
  dbPath: string,
  problem: string,
  onReplaced: () => Promise<void>,
  transport: 'electron' | 'web',
): Dispatcher {
  let status: Promise<RecoveryStatus> | undefined
  const current = (): Promise<RecoveryStatus> => {
    if (status) return status
    const checking = asTask('recovery', {}, (task) => {
      task.stage('checkingBackups')
      return recoveryStatus(dbPath, problem, task.items)
    })
    // A check that could not run is tried again at the next question.
    checking.catch(() => {
      if (status === checking) status = undefined
    })
    status = checking
    return checking
  }
  return {
    async dispatch(channel, input) {
      if (!isChannelName(channel)) return fail({ code: 'INVALID_INPUT', message: t('errors.unknownChannel', { channel: String(channel).slice(0, 80) }) })
      const parsed = contract[channel].input.safeParse(input)
      if (!parsed.success) return fail({ code: 'INVALID_INPUT', message: t('errors.invalidInput', { details: describeZodError(parsed.error).message }) })
      try {
        switch (channel) {
          case 'recovery/status':
            return ok(await current())
          case 'tasks/progress':
            return ok(tasksInProgress())
          case 'system/info':
            return ok({ appVersion: APP_VERSION, schemaVersion: 0, dbPath, transport })
          case 'recovery/restore':
          case 'recovery/startEmpty': {
            const name = channel === 'recovery/restore' ? (parsed.data as { name?: string }).name : undefined
            const known = await current()
            const chosen = channel === 'recovery/restore' ? (name ?? known.backups[0]?.name) : undefined
            if (channel === 'recovery/restore' && !chosen) return fail({ code: 'NOT_FOUND', message: t('recovery.screen.none') })
            const movedTo = replaceDamaged(dbPath, chosen, known)
            await onReplaced()
            return ok({ movedTo })
          }
          default:
            return fail({ code: 'DB', message: t('recovery.unavailable') })
        }
      } catch (error) {
        // A refusal keeps its code (a backup that does not exist is NOT_FOUND); a disk or SQLite failure gets its French message.
        if (error instanceof AppError) return fail({ code: error.code, message: error.message })
        const mapped = toAppError(error)
        if (mapped.code !== 'INTERNAL') return fail({ code: mapped.code, message: mapped.message })
        return fail({ code: 'IO', message: error instanceof Error ? error.message : String(error) })
      }
    },
  }
}
