import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { isSafeExternalUrl } from '../../../main/electron/links'
import { visibleOn } from '../../../main/electron/window-state'
import { CONTENT_SECURITY_POLICY } from '../../../main/security'

describe('Electron window', () => {
  it('keeps the secure defaults in the window it creates', () => {
    const main = readFileSync('main/electron/main.ts', 'utf8')
    const prefs = /webPreferences: \{([^}]*)\}/.exec(main)?.[1] ?? ''
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'nodeIntegrationInWorker: false',
      'nodeIntegrationInSubFrames: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'webviewTag: false',
      "disableBlinkFeatures: 'Auxclick'",
    ]) {
      expect(prefs, setting).toContain(setting)
    }
    expect(main.match(/new BrowserWindow\(/g)).toHaveLength(1)
  })

  it('denies navigation, new windows and permissions in main', () => {
    const main = readFileSync('main/electron/main.ts', 'utf8')
    expect(main).toMatch(/will-navigate', \(event, url\) => \{\s+event\.preventDefault\(\)/)
    expect(main).toMatch(/setWindowOpenHandler\(\(\{ url \}\) => \{\s+void openExternalAfterConfirmation\(url, links\)\s+return \{ action: 'deny' \}/)
    expect(main).toMatch(/setPermissionRequestHandler\(\(_webContents, _permission, callback\) => callback\(false\)\)/)
    expect(main).toMatch(/requestSingleInstanceLock\(\)/)
  })

  it('lets only https links leave the app', () => {
    expect(isSafeExternalUrl('https://www.gouvernement-ouvert.ma/')).toBe(true)
    for (const url of ['http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org', 'copil://app/x', 'pas une adresse']) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
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
