import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'

export interface Preview {
  /** The address with the per-launch token, as `npm run web` prints it. */
  url: string
  dbPath: string
  dir: string
  /** Stops the server (SIGTERM, or SIGKILL for `hard`) and starts it again on the same database. */
  restart(options?: { hard?: boolean }): Promise<void>
}

async function launch(dbPath: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/main/web.cjs', '--port', '0', '--db', dbPath], {
    env: { ...process.env, COPIL_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${out}`)), 20_000)
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const match = /aperçu navigateur : (http:\/\/\S+)/.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}:\n${out}`)))
  })
  return { child, url }
}

async function stop(child: ChildProcess, hard = false): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill(hard ? 'SIGKILL' : 'SIGTERM')
  await exited
}

/** A test with its own preview server on a fresh database in a temporary folder. */
export const test = base.extend<{ preview: Preview }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this destructuring.
  preview: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'copil-e2e-'))
    const dbPath = join(dir, 'copil.sqlite')
    let current = await launch(dbPath, dir)
    const preview: Preview = {
      url: current.url,
      dbPath,
      dir,
      async restart(options) {
        await stop(current.child, options?.hard)
        current = await launch(dbPath, dir)
        preview.url = current.url
      },
    }
    await use(preview)
    await stop(current.child)
    rmSync(dir, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
