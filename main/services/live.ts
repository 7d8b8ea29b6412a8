import type { ServiceOptions, StartedApp } from '../bootstrap'
import type { Dispatcher } from '../api/dispatcher'
import { createRecoveryDispatcher } from '../api/recovery-dispatcher'
import { createDownloadStore, type DownloadStore } from '../files/delivery'
import { launch } from './launch'

export interface LiveServices {
  /** Always the current dispatcher: the normal one, or the recovery one while the database is damaged. */
  dispatcher: Dispatcher
  downloads: DownloadStore
  current(): StartedApp | undefined
  close(): void
}

/**
 * The services of a running app or preview. When the database is damaged at launch, calls go to
 * the recovery dispatcher until a backup is restored; then the normal services start in place,
 * without restarting the process or the window.
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
  await boot()
  return {
    dispatcher: { dispatch: (channel, input) => (current as Dispatcher).dispatch(channel, input) },
    downloads,
    current: () => app,
    close: () => app?.close(),
  }
}
