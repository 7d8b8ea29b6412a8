import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { BUILT, ensureBuilt } from '../../helpers/built'
import { tempDir } from '../../helpers/temp'
import { browserArgs, findBrowser } from '../../../main/web/open-browser'

// `npm run web -- --open`, as a process: the browser it starts is a stand-in script that writes
// down its command line, which is what `ps` shows every local user.

let child: ChildProcess | undefined

beforeAll(() => ensureBuilt(), 120_000)

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  child = undefined
})

function post(port: number, path: string, headers: Record<string, string>, body = '') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe('npm run web -- --open', () => {
  it('starts the browser with a one-time code, never the token, and the code opens the session once', async () => {
    const dir = tempDir()
    const argvFile = join(dir, 'browser-argv.txt')
    const browser = join(dir, 'browser.sh')
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$0" "$@" > '${argvFile}'\n`)
    chmodSync(browser, 0o700)
    let out = ''
    child = spawn(process.execPath, [BUILT.web, '--port', '0', '--db', join(dir, 'copil.sqlite'), '--open'], {
      env: { ...process.env, COPIL_DATA_DIR: dir, COPIL_BROWSER: browser },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))

    const printed = await waitFor('the printed address', () => /aperçu navigateur : (http:\/\/\S+)/.exec(out)?.[1])
    const { port, searchParams } = new URL(printed)
    const token = searchParams.get('token') as string
    expect(token.length).toBeGreaterThan(20)

    const argv = await waitFor('the browser to start', () =>
      existsSync(argvFile) ? readFileSync(argvFile, 'utf8') : undefined,
    )
    expect(argv).not.toContain(token)
    const opened = /--app=(\S+)/.exec(argv)?.[1] as string
    const code = new URL(opened).searchParams.get('code') as string
    expect(opened).toBe(`http://127.0.0.1:${port}/?code=${code}`)

    const first = await post(Number(port), '/api/session', { 'X-Copil-Code': code })
    expect(first.status).toBe(200)
    expect(JSON.parse(first.body)).toEqual({ token })
    expect((await post(Number(port), '/api/session', { 'X-Copil-Code': code })).status).toBe(403)
    const call = await post(
      Number(port),
      '/api/invoke',
      { 'X-Copil-Token': token },
      JSON.stringify({ channel: 'system/info', input: {} }),
    )
    expect(JSON.parse(call.body)).toMatchObject({ ok: true, value: { transport: 'web' } })
  }, 60_000)

  it('builds a browser command line that holds the code and no token', () => {
    expect(browserArgs(5180, 'code-unique')).toEqual(['--app=http://127.0.0.1:5180/?code=code-unique', '--lang=fr'])
    expect(findBrowser({ COPIL_BROWSER: '/opt/navigateur' }, () => false)).toBe('/opt/navigateur')
    expect(findBrowser({}, (path) => path === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser')
    expect(findBrowser({}, () => false)).toBeUndefined()
  })
})
