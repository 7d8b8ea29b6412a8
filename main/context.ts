import type { Db } from './db/connection'
import type { Deliver } from './files/delivery'
import type { Result } from '../shared/api/result'

/** What every handler and service works with: the open database and where it lives. */
export interface AppContext {
  /** Replaced in place when a backup is restored, so handlers always read it from here. */
  db: Db
  dbPath: string
  transport: 'electron' | 'web'
  /** The user-data folder (backups, window state); the database's folder by default. */
  dataDir: string
  /** Hands a built file to the user: save dialog in Electron, download in the preview. */
  deliver: Deliver
  /** The dispatcher itself, for services that replay calls through the same validation (the demo loader). */
  dispatch: (channel: string, input: unknown) => Promise<Result<unknown>>
  /** Opens or reveals a file main saved; absent in the browser preview. */
  shell?: FileShell
}

export interface FileShell {
  open(path: string): Promise<boolean>
  reveal(path: string): boolean
}
