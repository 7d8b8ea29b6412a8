import { dirname } from 'node:path'
import { openDatabase } from './db/connection'
import { makePrivateDir } from './files/private'
import { createDispatcher, type Dispatcher } from './api/dispatcher'
import { handlers } from './api/handlers'
import type { AppContext, FileShell } from './context'
import { createDownloadStore, type Deliver, type DownloadStore } from './files/delivery'
import { scheduleTrashPurge } from './services/history/history'

export interface StartedApp {
  ctx: AppContext
  dispatcher: Dispatcher
  /** Files waiting for the browser preview to download them. */
  downloads: DownloadStore
  close(): void
}

export interface ServiceOptions {
  dbPath: string
  dataDir: string
  transport: AppContext['transport']
  /** How built files reach the user; the preview's download store when not given. */
  deliver?: Deliver
  shell?: FileShell
}

/** Opens the database and wires the dispatcher: the same services for Electron, the preview and tests. */
export function startServices(options: ServiceOptions): StartedApp {
  makePrivateDir(dirname(options.dbPath), false)
  const db = openDatabase(options.dbPath)
  const downloads = createDownloadStore()
  // The context's dispatch needs the dispatcher, which needs the context: close the loop lazily.
  const holder: { dispatcher?: Dispatcher } = {}
  const ctx: AppContext = {
    db,
    dbPath: options.dbPath,
    dataDir: options.dataDir,
    transport: options.transport,
    deliver: options.deliver ?? downloads.deliver,
    dispatch: (channel, input) => (holder.dispatcher as Dispatcher).dispatch(channel, input),
    ...(options.shell ? { shell: options.shell } : {}),
  }
  const dispatcher = createDispatcher(ctx, handlers)
  holder.dispatcher = dispatcher
  // Items deleted more than 30 days ago leave the « Corbeille » at launch, then daily.
  const stopPurge = scheduleTrashPurge(() => ctx.db)
  return {
    ctx,
    dispatcher,
    downloads,
    close: () => {
      stopPurge()
      if (ctx.db.open) ctx.db.close()
    },
  }
}
