import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/**
 * The user-data folder when Electron is not there to say it (browser preview, CLI): the same
 * folder Electron's app.getPath('userData') gives for an app named « Copil ».
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Copil')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Copil')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Copil')
}

/** Where the database lives: --db, then COPIL_DB, then the user-data folder. */
export function resolveDbPath(cliDb: string | undefined, dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (cliDb) return resolve(cliDb)
  if (env.COPIL_DB) return resolve(env.COPIL_DB)
  return join(dataDir, 'copil.sqlite')
}

/** The folder that holds the database (backups go beside it when no user-data folder is known). */
export function dbFolder(dbPath: string): string {
  return dirname(dbPath)
}
