/** What the status bar shows about the running installation. */
export interface SystemInfo {
  appVersion: string
  schemaVersion: number
  dbPath: string
  /** 'electron' in the desktop app, 'web' in the browser preview. */
  transport: 'electron' | 'web'
}
