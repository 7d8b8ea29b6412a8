import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveAppRequest } from '../../../main/electron/app-protocol'
import { resolveRendererPath } from '../../../main/files/renderer-assets'
import { CONTENT_SECURITY_POLICY } from '../../../main/security'

let dir: string
let root: string

beforeAll(() => {
  // A built renderer beside a secret that must never be served.
  dir = mkdtempSync(join(tmpdir(), 'copil-protocol-'))
  root = join(dir, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Copil</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")')
  writeFileSync(join(dir, 'secret.txt'), 'SECRET')
  writeFileSync(join(dir, 'renderer-evil.txt'), 'SECRET')
  symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'lien.txt'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method })

describe('the copil:// protocol', () => {
  it('serves the app page with the Content Security Policy', async () => {
    const response = await get('copil://app/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toContain('<title>Copil</title>')
  })

  it('serves the renderer files with their type', async () => {
    const response = await get('copil://app/assets/app.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log("app")')
  })

  it('answers an unknown path inside the app with the app shell', async () => {
    const response = await get('copil://app/reunions/12')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Copil</title>')
  })

  it('refuses every way out of the renderer folder', async () => {
    for (const url of [
      'copil://app/../secret.txt',
      'copil://app/assets/../../secret.txt',
      'copil://app/%2e%2e/secret.txt',
      'copil://app/%2E%2E/secret.txt',
      'copil://app/.%2e/secret.txt',
      'copil://app/..%2fsecret.txt',
      'copil://app/%2e%2e%2fsecret.txt',
      'copil://app/%2e%2e%5csecret.txt',
      'copil://app/..\\secret.txt',
      'copil://app/assets\\..\\..\\secret.txt',
      'copil://app/%00index.html',
      'copil://app/index.html%00.js',
      'copil://app/%2fetc%2fpasswd',
      'copil://app//etc/passwd',
      'copil://app/../renderer-evil.txt',
      'copil://app/assets/lien.txt',
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(403)
      expect(await response.text(), url).not.toContain('SECRET')
    }
  })

  it('answers 400 to a malformed escape', async () => {
    for (const url of ['copil://app/%', 'copil://app/%zz.js', 'copil://app/%E0%A4%A.js', 'copil://app/%c3%28']) {
      const response = await get(url)
      expect(response.status, url).toBe(400)
    }
  })

  it('refuses other hosts, schemes and methods', async () => {
    expect((await get('copil://evil/index.html')).status).toBe(403)
    expect((await get('copil://app.evil/index.html')).status).toBe(403)
    expect((await get('copil://app@evil/index.html')).status).toBe(403)
    expect((await get('file:///etc/passwd')).status).toBe(403)
    expect((await get('copil://app/index.html', 'POST')).status).toBe(405)
  })
})

describe('resolving a path of the renderer', () => {
  it('maps paths to files inside the folder only', () => {
    expect(resolveRendererPath('/srv/renderer', '/')).toEqual({ kind: 'file', path: '/srv/renderer/index.html' })
    expect(resolveRendererPath('/srv/renderer', '/assets/a%20b.js')).toEqual({
      kind: 'file',
      path: '/srv/renderer/assets/a b.js',
    })
    expect(resolveRendererPath('/srv/renderer', '/../x')).toMatchObject({ kind: 'refused', status: 403 })
    expect(resolveRendererPath('/srv/renderer', '/.git/config')).toMatchObject({ kind: 'refused', status: 403 })
    expect(resolveRendererPath('/srv/renderer', 'index.html')).toMatchObject({ kind: 'refused', status: 403 })
    expect(resolveRendererPath('/srv/renderer', '/C:/x')).toMatchObject({ kind: 'refused', status: 403 })
    expect(resolveRendererPath('/srv/renderer', '/%')).toMatchObject({ kind: 'refused', status: 400 })
  })
})
