import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILT, ensureBuilt } from '../../helpers/built'
import {
  createElectronStandIn,
  loadWithElectronStandIn,
  type StandIn,
  type StandInWindow,
} from '../../helpers/electron-stand-in'
import { CONTENT_SECURITY_POLICY } from '../../../main/security'

// The desktop app's glue, as shipped: the built dist/main/electron.cjs, loaded in Node under a
// stand-in `electron` that records what the bundle registers. The test then plays Electron's part.

const BUNDLE = BUILT.electron
const RENDERER_INDEX = BUILT.rendererIndex

let electron: StandIn
let window: StandInWindow
let restore: (() => void) | undefined
let userData: string | undefined

type Invoke = (event: unknown, channel: unknown, input: unknown) => unknown
const invoke = (event: unknown, channel: string, input: unknown) =>
  (electron.ipcHandlers.get('copil:invoke') as Invoke)(event, channel, input)
const fromPage = (url: string, sender: unknown = window.webContents, parent: unknown = null) => ({
  sender,
  senderFrame: { url, parent },
})
const request = (url: string) =>
  (electron.protocolHandlers.get('copil') as (r: Request) => Promise<Response>)(new Request(url))

beforeAll(async () => {
  ensureBuilt({ renderer: true })
  // Its own folder, kept for the whole file: the bundle's database stays open between tests.
  userData = mkdtempSync(join(tmpdir(), 'copil-electron-bundle-'))
  electron = createElectronStandIn(userData)
  restore = loadWithElectronStandIn(BUNDLE, electron)
  await vi.waitFor(
    () => {
      if (electron.errorBoxes.length > 0) throw new Error(`start failed: ${electron.errorBoxes.join(' / ')}`)
      expect(electron.windows).toHaveLength(1)
    },
    { timeout: 20_000, interval: 50 },
  )
  window = electron.windows[0] as StandInWindow
}, 240_000)

afterAll(() => {
  electron?.app.emit('window-all-closed')
  restore?.()
  if (userData) rmSync(userData, { recursive: true, force: true })
})

describe('the built Electron main bundle', () => {
  it('answers system/info to a call from its own window page', async () => {
    expect(window.loadedUrl).toBe('copil://app/index.html')
    const result = await invoke(fromPage(window.webContents.mainFrame.url), 'system/info', {})
    expect(result).toMatchObject({ ok: true, value: { transport: 'electron' } })
  })

  it('refuses calls from any other page, frame or webContents, and they change nothing', async () => {
    const save = { letterhead: ['Écrit par un intrus'], logoBase64: null }
    const foreign = [
      fromPage('https://evil.example/'),
      fromPage('file:///etc/passwd'),
      fromPage('copil://evil/index.html'),
      fromPage('copil://app.evil/index.html'),
      fromPage('copil://app/index.html', window.webContents, window.webContents.mainFrame),
      fromPage('copil://app/index.html', { id: 'another webContents' }),
      { sender: window.webContents, senderFrame: null },
    ]
    for (const event of foreign) {
      expect(await invoke(event, 'settings/save', save)).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Appel refusé : origine inconnue.' },
      })
    }
    const settings = await invoke(fromPage('copil://app/index.html'), 'settings/get', {})
    expect(settings).toMatchObject({ ok: true })
    expect(JSON.stringify(settings)).not.toContain('intrus')
  })

  it('serves index.html of the built renderer with the Content Security Policy', async () => {
    const response = await request('copil://app/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toBe(readFileSync(RENDERER_INDEX, 'utf8'))
  })

  it('serves nothing outside the renderer folder', async () => {
    const bundleHead = readFileSync(BUNDLE, 'utf8').slice(0, 200)
    const refused = await request('copil://app/%2e%2e%2fmain%2felectron.cjs')
    expect(refused.status).toBe(403)
    for (const url of [
      'copil://app/../main/electron.cjs',
      'copil://app/%2e%2e/main/electron.cjs',
      'copil://app/..%2fmain%2felectron.cjs',
      'copil://app/..\\main\\electron.cjs',
      'copil://app/%',
      'copil://evil/index.html',
    ]) {
      // Request (like Chromium) folds `..` away before the handler sees it: such a path then names
      // a file inside the renderer, absent, and gets the app shell; the others are refused.
      const response = await request(url)
      const body = await response.text()
      expect(body, url).not.toContain(bundleHead)
      if (response.status === 200) expect(body, url).toBe(readFileSync(RENDERER_INDEX, 'utf8'))
      else expect(response.status, url).toBeGreaterThanOrEqual(400)
    }
  })

  it('opens its window with the secure defaults and the preload it was built with', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(existsSync(prefs.preload as string)).toBe(true)
    expect(electron.privilegedSchemes).toEqual([
      { scheme: 'copil', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('denies permissions, webviews, navigation and new windows; https links open only once confirmed', async () => {
    let granted: boolean | undefined
    electron.permissionRequestHandler?.({}, 'media', (answer: boolean) => (granted = answer))
    expect(granted).toBe(false)
    expect(electron.permissionCheckHandler?.({}, 'notifications')).toBe(false)

    const contents = window.webContents
    const prevented = { navigate: false, webview: false }
    contents.emit('will-attach-webview', { preventDefault: () => (prevented.webview = true) })
    contents.emit(
      'will-navigate',
      { preventDefault: () => (prevented.navigate = true) },
      'https://www.gouvernement-ouvert.ma/',
    )
    expect(prevented).toEqual({ navigate: true, webview: true })
    expect(contents.windowOpenHandler?.({ url: 'http://example.org/' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(electron.questions).toHaveLength(1))
    // Annuler: nothing opens. Ouvrir: the https link goes to the system browser; http never asks.
    expect(electron.openedExternally).toEqual([])
    electron.linkAnswer = 0
    expect(contents.windowOpenHandler?.({ url: 'https://www.gouvernement-ouvert.ma/plan' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(electron.openedExternally).toEqual(['https://www.gouvernement-ouvert.ma/plan']))
    expect(electron.questions).toHaveLength(2)
  })

  it('saves a file through the save dialog and opens only the files it saved', async () => {
    const page = fromPage('copil://app/index.html')
    const backup = (await invoke(page, 'backups/create', {})) as { ok: true; value: { name: string } }
    expect(backup).toMatchObject({ ok: true })

    electron.saveAnswer = { canceled: true }
    expect(await invoke(page, 'backups/export', { name: backup.value.name })).toEqual({
      ok: true,
      value: { kind: 'canceled' },
    })

    const target = join(userData as string, 'copie exportée.sqlite')
    electron.saveAnswer = { canceled: false, filePath: target }
    expect(await invoke(page, 'backups/export', { name: backup.value.name })).toEqual({
      ok: true,
      value: { kind: 'saved', path: target },
    })
    expect(readFileSync(target).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
    expect(electron.saveDialogs.at(-1)).toMatchObject({
      title: 'Enregistrer sous',
      filters: [{ name: 'Sauvegarde Copil', extensions: ['sqlite'] }],
    })

    expect(await invoke(page, 'files/open', { path: target })).toEqual({ ok: true, value: { opened: true } })
    expect(await invoke(page, 'files/open', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await invoke(page, 'files/reveal', { path: join(userData as string, 'copil.sqlite') })).toMatchObject({
      ok: false,
    })
    expect(electron.openedPaths).toEqual([target])
    expect(electron.shownInFolder).toEqual([])
  })
})
