import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { openDatabase } from './db/connection'
import { createDispatcher, type Dispatcher } from './api/dispatcher'
import { handlers } from './api/handlers'
import type { AppContext } from './context'

export interface StartedApp {
  ctx: AppContext
  dispatcher: Dispatcher
  close(): void
}

/** Opens the database and wires the dispatcher: the same services for Electron, the preview and tests. */
export function startServices(options: { dbPath: string; dataDir: string; transport: AppContext['transport'] }): StartedApp {
  mkdirSync(dirname(options.dbPath), { recursive: true })
  const db = openDatabase(options.dbPath)
  const ctx: AppContext = { db, dbPath: options.dbPath, dataDir: options.dataDir, transport: options.transport }
  const dispatcher = createDispatcher(ctx, handlers)
  return {
    ctx,
    dispatcher,
    close: () => {
      if (db.open) db.close()
    },
  }
}
