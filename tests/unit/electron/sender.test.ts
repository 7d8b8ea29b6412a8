import { describe, expect, it } from 'vitest'
import { APP_PAGE_URL, isAppUrl, isTrustedSender } from '../../../main/electron/sender'

/** A window and its page as Electron describes them to an IPC handler: plain objects, compared by identity. */
function appWindow() {
  const webContents = { id: 1 }
  return { webContents }
}

function event(sender: unknown, url: string, parent: unknown = null) {
  return { sender, senderFrame: { url, parent } }
}

describe('who may call the API in the desktop app', () => {
  it('accepts the app page in the top frame of the app window', () => {
    const window = appWindow()
    expect(APP_PAGE_URL).toBe('copil://app/index.html')
    expect(isTrustedSender(event(window.webContents, 'copil://app/index.html'), window)).toBe(true)
    expect(isTrustedSender(event(window.webContents, 'copil://app/index.html#/reunions?page=2'), window)).toBe(true)
  })

  it('refuses pages from anywhere else, even in the app window', () => {
    const window = appWindow()
    for (const url of [
      'https://app/index.html',
      'https://example.org/',
      'http://127.0.0.1:5180/',
      'file:///work/dist/renderer/index.html',
      'copil://evil/index.html',
      'copil://app.evil/index.html',
      'copil://evil.app/index.html',
      'copil://app@evil/index.html',
      'copil://user:pw@app/index.html',
      'copil://app:8080/index.html',
      'copil:app/index.html',
      'copil:///app/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
      'pas une adresse',
    ]) {
      expect(isTrustedSender(event(window.webContents, url), window), url).toBe(false)
    }
  })

  it('refuses a subframe of the app page', () => {
    const window = appWindow()
    const top = { url: 'copil://app/index.html', parent: null }
    expect(isTrustedSender(event(window.webContents, 'copil://app/index.html', top), window)).toBe(false)
  })

  it('refuses another webContents showing the same page', () => {
    const window = appWindow()
    const other = { id: 2 }
    expect(isTrustedSender(event(other, 'copil://app/index.html'), window)).toBe(false)
  })

  it('refuses when the frame is gone or the window is closed', () => {
    const window = appWindow()
    expect(isTrustedSender({ sender: window.webContents, senderFrame: null }, window)).toBe(false)
    expect(isTrustedSender({ sender: window.webContents }, window)).toBe(false)
    expect(isTrustedSender(event(window.webContents, 'copil://app/index.html'), undefined)).toBe(false)
  })

  it('does not rely on URL.origin, which is "null" for the copil scheme', () => {
    // The bug this guards against: comparing origins refused every call of the app's own page.
    expect(new URL('copil://app/index.html').origin).toBe('null')
    expect(isAppUrl('copil://app/index.html')).toBe(true)
    expect(isAppUrl('copil://APP.evil/index.html')).toBe(false)
  })
})
