import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/**
 * The browser command line of `--open`. It carries the one-time code, never the token: any local
 * user can read a process's arguments (`ps`), and the code is dead once the page has used it.
 */
export function browserArgs(port: number, code: string): string[] {
  return [`--app=http://127.0.0.1:${port}/?code=${encodeURIComponent(code)}`, '--lang=fr']
}

/** The browser to open: COPIL_BROWSER if set, else the first Chromium found. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.COPIL_BROWSER) return env.COPIL_BROWSER
  return CANDIDATES.find((candidate) => exists(candidate))
}

/** Opens the preview in its own browser window; false when no browser was found. */
export function openBrowser(port: number, code: string): boolean {
  const browser = findBrowser()
  if (!browser) return false
  const child = spawn(browser, browserArgs(port, code), { detached: true, stdio: 'ignore' })
  child.on('error', (error) => console.warn(`[copil] ${browser} : ${error.message}`))
  child.unref()
  return true
}
