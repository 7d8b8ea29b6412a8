import { afterEach, describe, expect, it, vi } from 'vitest'
import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { createPreviewServer, type PreviewOptions } from '../../../main/web/server'
import { createAccessCode } from '../../../main/web/access-code'
import { startTestServices, snapshotCounts } from '../../helpers/services'

const TOKEN = 'jeton-de-test-0123456789abcdef'
let server: Server | undefined

afterEach(() => {
  server?.close()
  server = undefined
})

async function start(extra: Partial<PreviewOptions> = {}) {
  const app = startTestServices()
  const staticDir = join(app.dir, 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Copil</title>')
  server = createPreviewServer({ dispatcher: app.dispatcher, staticDir, token: TOKEN, ...extra })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { app, port }
}

function send(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/api/invoke', headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const call = JSON.stringify({ channel: 'system/info', input: {} })

describe('browser preview server', () => {
  it('answers an API call that carries the token', async () => {
    const { port } = await start()
    const res = await send(port, { headers: { 'X-Copil-Token': TOKEN, 'Content-Type': 'application/json' }, body: call })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { transport: 'web' } })
  })

  it('answers 403 without the token, or with a wrong one, and touches nothing', async () => {
    const { app, port } = await start()
    const before = snapshotCounts(app)
    expect((await send(port, { body: call })).status).toBe(403)
    expect((await send(port, { headers: { 'X-Copil-Token': 'mauvais' }, body: call })).status).toBe(403)
    expect((await send(port, { headers: { 'X-Copil-Token': TOKEN.slice(0, -1) + 'X' }, body: call })).status).toBe(403)
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    const { port } = await start()
    const res = await send(port, { headers: { Host: `evil.example:${port}`, 'X-Copil-Token': TOKEN }, body: call })
    expect(res.status).toBe(403)
    const page = await send(port, { method: 'GET', path: '/', headers: { Host: 'evil.example' } })
    expect(page.status).toBe(403)
  })

  it('answers 403 to a foreign Origin even with the token', async () => {
    const { port } = await start()
    const res = await send(port, { headers: { Origin: 'https://evil.example', 'X-Copil-Token': TOKEN }, body: call })
    expect(res.status).toBe(403)
    const own = await send(port, { headers: { Origin: `http://127.0.0.1:${port}`, 'X-Copil-Token': TOKEN }, body: call })
    expect(own.status).toBe(200)
  })

  it('serves the app shell with a strict Content Security Policy and refuses path traversal', async () => {
    const { port } = await start()
    const page = await send(port, { method: 'GET', path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Copil</title>')
    const traversal = await send(port, { method: 'GET', path: '/../../../../etc/passwd' })
    expect(traversal.body).not.toContain('root:')
  })

  it('returns a French error for a body that is not JSON', async () => {
    const { port } = await start()
    const res = await send(port, { headers: { 'X-Copil-Token': TOKEN }, body: '{ pas du json' })
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/JSON invalide/) } })
  })

  it('refuses a traversal in a static path outright', async () => {
    const { port } = await start()
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/..\\..\\x', '/%00']) {
      const res = await send(port, { method: 'GET', path })
      expect(res.status, path).toBe(403)
      expect(res.body, path).not.toContain('root:')
    }
  })

  it('answers 400 to a malformed % in a static path, with no stack trace in the log', async () => {
    const { port } = await start()
    const logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')]
    try {
      for (const path of ['/%', '/%zz', '/assets/%E0%A4%A.js', '/%c3%28']) {
        const res = await send(port, { method: 'GET', path })
        expect(res.status, path).toBe(400)
        expect(res.body, path).toBe('Adresse mal formée')
      }
      for (const spy of logged) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of logged) spy.mockRestore()
    }
  })

  it('sends its 413 to a client still sending an oversized body, and the client receives it', async () => {
    const { app, port } = await start({ maxBodyBytes: 64 * 1024 })
    const before = snapshotCounts(app)
    const huge = JSON.stringify({ channel: 'settings/save', input: { letterhead: ['x'.repeat(200 * 1024)], logoBase64: null } })
    const res = await send(port, { headers: { 'X-Copil-Token': TOKEN, 'Content-Type': 'application/json' }, body: huge })
    expect(res).toEqual({ status: 413, body: 'Requête trop volumineuse' })
    expect(snapshotCounts(app)).toEqual(before)
    // The server still answers afterwards.
    const next = await send(port, { headers: { 'X-Copil-Token': TOKEN }, body: call })
    expect(next.status).toBe(200)
  })

  it('exchanges the one-time code of --open for the token exactly once', async () => {
    const accessCode = createAccessCode()
    const { port } = await start({ accessCode })
    const exchange = (code: string, headers: Record<string, string> = {}) => send(port, { path: '/api/session', headers: { 'X-Copil-Code': code, ...headers } })
    expect((await exchange('pas-le-bon-code')).status).toBe(403)
    expect((await exchange(accessCode.code, { Origin: 'https://evil.example' })).status).toBe(403)
    const first = await exchange(accessCode.code)
    expect(first.status).toBe(200)
    const { token } = JSON.parse(first.body) as { token: string }
    expect(token).toBe(TOKEN)
    const again = await exchange(accessCode.code)
    expect(again.status).toBe(403)
    expect(again.body).toMatch(/déjà utilisé/)
    const res = await send(port, { headers: { 'X-Copil-Token': token }, body: call })
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { transport: 'web' } })
  })

  it('gives the token to no code at all when the preview was started without --open', async () => {
    const { port } = await start()
    for (const code of ['', 'undefined', TOKEN]) {
      expect((await send(port, { path: '/api/session', headers: { 'X-Copil-Code': code } })).status).toBe(403)
    }
  })

  it('lets a one-time code expire unused', () => {
    let now = 1_000_000
    const accessCode = createAccessCode(() => now)
    now += 2 * 60_000 + 1
    expect(accessCode.redeem(accessCode.code)).toBe(false)
  })
})
