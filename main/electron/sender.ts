/**
 * Who may call the API in the desktop app. Pure: Electron's objects come in as plain values, so
 * every case is tested in Node.
 */

/** The private scheme and host the renderer is served from; its page is `copil://app/index.html`. */
export const APP_SCHEME = 'copil'
export const APP_HOST = 'app'
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * True when `url` is a page of the app itself. The WHATWG URL gives every non-special scheme the
 * origin "null", so the parts are compared instead of `origin`: scheme, host (no port), no user.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  )
}

/** The parts of an IPC event the check reads (Electron's IpcMainInvokeEvent has them). */
export interface SenderEvent {
  sender: unknown
  senderFrame?: { url: string; parent: unknown } | null
}

/**
 * Only the app's own page, in the top frame of the app's own window, may call the API: not a
 * subframe, not another window or webContents, not a page that navigated elsewhere.
 */
export function isTrustedSender(event: SenderEvent, window: { webContents: unknown } | undefined): boolean {
  const frame = event.senderFrame
  if (!window || !frame) return false
  if (event.sender !== window.webContents) return false
  if (frame.parent !== null) return false
  return isAppUrl(frame.url)
}

/** The answer to a call from anywhere else: data, like every error that crosses the boundary. */
export function refusedCall(message: string) {
  return { ok: false as const, error: { code: 'INVALID_INPUT' as const, message } }
}
