import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { windowOptions } from '../../../main/electron/window-options'
import { visibleOn } from '../../../main/electron/window-state'
import { CONTENT_SECURITY_POLICY } from '../../../main/security'

describe('Electron window', () => {
  it('keeps the secure defaults', () => {
    const options = windowOptions({ width: 1200, height: 800, maximized: false }, '/app/preload.cjs')
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    })
  })

  it('denies navigation, new windows and permissions in main', () => {
    const main = readFileSync('main/electron/main.ts', 'utf8')
    expect(main).toMatch(/will-navigate', \(event\) => event\.preventDefault\(\)/)
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/)
    expect(main).toMatch(/setPermissionRequestHandler\(\(_webContents, _permission, callback\) => callback\(false\)\)/)
    expect(main).toMatch(/requestSingleInstanceLock\(\)/)
  })

  it('serves a CSP without remote sources or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })

  it('forgets a remembered position that is no longer on any screen', () => {
    const state = { x: 5000, y: 5000, width: 1200, height: 800, maximized: false }
    expect(visibleOn(state, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual({ width: 1200, height: 800, maximized: false })
    expect(visibleOn({ ...state, x: 100, y: 80 }, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toMatchObject({ x: 100, y: 80 })
  })
})
