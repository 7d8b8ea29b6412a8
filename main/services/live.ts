import { dirname, resolve } from 'node:path'
import type { ServiceOptions, StartedApp } from '../bootstrap'
import type { Dispatcher } from '../api/dispatcher'
import { toAppError } from '../api/db-errors'
import { createRecoveryDispatcher } from '../api/recovery-dispatcher'
import { otherHolders, registerHolder } from '../db/holders'
import { AppError } from '../errors'
import { makePrivateDir } from '../files/private'
import { createDownloadStore, type DownloadStore } from '../files/delivery'
import { t } from '../../shared/i18n/translate'
import { waitForDestructive } from './backup/exclusive'
import { removeLeftovers } from './backup/recovery'
import { launch } from './launch'

export interface LiveServices {
  /** Always the current dispatcher: the normal one, or the recovery one while the database is damaged. */
  dispatcher: Dispatcher
  downloads: DownloadStore
  current(): StartedApp | undefined
  close(): void
}

/** Every failure at start as a French AppError: the window and the console never show a stack trace. */
function startupError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const mapped = toAppError(error)
  return mapped.code === 'INTERNAL' ? new AppError('INTERNAL', t('errors.startup', { reason: error instanceof Error ? error.message : String(error) })) : mapped
}

/**
 * The services of a running app or preview. The process first declares that it holds the database
 * (so that `copil restore` refuses to swap it underneath), waits for a restore of another process to
 * end, and removes what an interrupted backup or restore left behind. When the database is damaged
 * at launch, calls go to the recovery dispatcher until a backup is restored; then the normal services
 * start in place, without restarting the process or the window.
 */
export async function startLive(options: ServiceOptions): Promise<LiveServices> {
  const downloads = createDownloadStore()
  let app: StartedApp | undefined
  let current: Dispatcher | undefined
  const boot = async (): Promise<void> => {
    const state = await launch({ ...options, deliver: options.deliver ?? downloads.deliver })
    if (state.kind === 'ready') {
      app = state.app
      current = app.dispatcher
    } else {
      console.error(`[copil] base endommagée : ${state.problem}`)
      current = createRecoveryDispatcher(options.dbPath, state.problem, boot, options.transport)
    }
  }
  let holder: { release(): void } | undefined
  try {
    // The user-data folder is Copil's own; a folder the user chose for the database is only created.
    makePrivateDir(dirname(options.dbPath), resolve(dirname(options.dbPath)) === resolve(options.dataDir))
    holder = registerHolder(options.dbPath, { kind: options.transport })
    await waitForDestructive(options.dbPath)
    if (otherHolders(options.dbPath).length === 0) removeLeftovers(options.dbPath)
    await boot()
  } catch (error) {
    holder?.release()
    throw startupError(error)
  }
  return {
    dispatcher: { dispatch: (channel, input) => (current as Dispatcher).dispatch(channel, input) },
    downloads,
    current: () => app,
    close: () => {
      app?.close()
      holder?.release()
    },
  }
}
