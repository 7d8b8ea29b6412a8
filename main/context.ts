import type { Db } from './db/connection'

/** What every handler and service works with: the open database and where it lives. */
export interface AppContext {
  db: Db
  dbPath: string
  transport: 'electron' | 'web'
  /** The user-data folder (backups, window state); the database's folder by default. */
  dataDir: string
}
