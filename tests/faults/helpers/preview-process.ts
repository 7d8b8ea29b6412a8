/**
 * The built browser preview (`dist/main/web.cjs`, as `npm run web` runs it) as a separate process on
 * port 0, for fault tests that need the app really running beside another program.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Result } from '../../../shared/api/result'

export const PREVIEW_BUNDLE = join(process.cwd(), 'dist', 'main', 'web.cjs')
export const previewBuilt = (): boolean => existsSync(PREVIEW_BUNDLE)

export interface PreviewProcess {
  child: ChildProcess
  pid: number
  url: string
  /** Everything the server printed (stdout and stderr). */
  output(): string
  /** POST /api/invoke with the token, as the page does. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>
  stop(options?: { hard?: boolean }): Promise<void>
}

export async function startPreview(dbPath: string, dataDir: string, options: { uid?: number } = {}): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [PREVIEW_BUNDLE, '--port', '0', '--db', dbPath], {
    env: { ...process.env, COPIL_DATA_DIR: dataDir, COPIL_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  })
  let out = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${out}`)), 30_000)
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
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`preview exited with ${code}:\n${out}`))
    })
  })
  const address = new URL(url)
  return {
    child,
    pid: child.pid as number,
    url,
    output: () => out,
    async invoke(channel, input) {
      const response = await fetch(`${address.origin}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Copil-Token': address.searchParams.get('token') ?? '' },
        body: JSON.stringify({ channel, input }),
      })
      return (await response.json()) as Result<unknown>
    },
    async stop(stopOptions) {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill(stopOptions?.hard ? 'SIGKILL' : 'SIGTERM')
      await exited
    },
  }
}
