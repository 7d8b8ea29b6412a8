import { _electron as electron, test, expect } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Path of the Electron binary, or why there is none (it is not downloaded on offline machines). */
function electronBinary(): { path?: string; reason?: string } {
  try {
    const require = createRequire(import.meta.url)
    const dir = join(require.resolve('electron/package.json'), '..')
    const pathFile = join(dir, 'path.txt')
    if (!existsSync(pathFile)) return { reason: 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1, no internet to fetch it)' }
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? { path: binary } : { reason: `Electron binary missing at ${binary}` }
  } catch (error) {
    return { reason: `electron package not resolvable: ${String(error)}` }
  }
}

test('the packaged app opens a secure window showing the shell', async () => {
  const { path, reason } = electronBinary()
  if (!path) console.warn(`Electron launch test skipped: ${reason}`)
  test.skip(!path, `Skipped: ${reason}. Runs where the Electron binary exists (plain npm install with internet).`)
  const dir = mkdtempSync(join(tmpdir(), 'copil-electron-'))
  const app = await electron.launch({
    executablePath: path,
    args: ['.', '--db', join(dir, 'copil.sqlite'), `--user-data-dir=${dir}`, '--no-sandbox'],
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
    // No Node in the page, and the bridge exposes exactly one function.
    const exposed = await window.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { copil: object }).copil),
    }))
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'] })
    await expect(window.getByTestId('db-path')).toBeVisible()
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
