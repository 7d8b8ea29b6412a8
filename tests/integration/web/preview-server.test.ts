import { afterEach, describe, expect, it } from 'vitest'
import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { createPreviewServer } from '../../../main/web/server'
import { startTestServices, snapshotCounts } from '../../helpers/services'

const TOKEN = 'jeton-de-test-0123456789abcdef'
let server: Server | undefined

afterEach(() => {
  server?.close()
  server = undefined
})

async function start() {
  const app = startTestServices()
  const staticDir = join(app.dir, 'renderer')
  mkdirSync(staticDir)
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Copil</title>')
  server = createPreviewServer({ dispatcher: app.dispatcher, staticDir, token: TOKEN })
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
})
