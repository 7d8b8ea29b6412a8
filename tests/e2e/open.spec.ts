import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'

// `npm run web -- --open` with a stand-in browser that records its command line; the test then
// opens that very address in Chromium, as the real browser would.

let child: ChildProcess | undefined
let dir: string | undefined

test.afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function openedAddress(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'copil-open-'))
  const argvFile = join(dir, 'argv.txt')
  const browser = join(dir, 'browser.sh')
  writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argvFile}'\n`)
  chmodSync(browser, 0o700)
  child = spawn(process.execPath, ['dist/main/web.cjs', '--port', '0', '--db', join(dir, 'copil.sqlite'), '--open'], {
    env: { ...process.env, COPIL_DATA_DIR: dir, COPIL_BROWSER: browser },
    stdio: 'ignore',
  })
  await expect.poll(() => existsSync(argvFile), { timeout: 20_000 }).toBe(true)
  const address = /--app=(\S+)/.exec(readFileSync(argvFile, 'utf8'))?.[1]
  if (!address) throw new Error('no --app= address in the browser command line')
  return address
}

test('the page opened by --open trades its one-time code for the session and drops it from the address', async ({
  page,
  browser,
}) => {
  const address = await openedAddress()
  expect(address).toMatch(/\/\?code=/)
  await page.goto(address)
  await expect(page.getByTestId('db-path')).toBeVisible()
  expect(page.url()).not.toContain('code=')
  // A reload keeps the session (the token stays in this tab), without the code.
  await page.reload()
  await expect(page.getByTestId('db-path')).toBeVisible()

  // The same address a second time (another tab, or whoever read it in `ps`) opens nothing.
  const other = await browser.newPage()
  await other.goto(address)
  await expect(other.getByRole('status')).toContainText('Session de l’aperçu expirée')
  await other.close()
})
