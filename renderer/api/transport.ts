import type { Result } from '../../shared/api/result'
import i18next from '../i18n'

interface CopilBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>
}

declare global {
  interface Window {
    copil?: CopilBridge
  }
}

const TOKEN_KEY = 'copil.previewToken'

/**
 * The preview's per-launch token, kept for this tab only. It arrives in the address either as
 * itself (?token=…, the address `npm run web` prints) or as a one-time code (?code=…, put there by
 * `--open` so that the token never shows in the browser's command line) that is exchanged once for
 * it. Either is taken out of the address bar at once, so it is not bookmarked or shared by accident.
 */
async function previewToken(): Promise<string | null> {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  const code = url.searchParams.get('code')
  if (fromUrl || code) {
    url.searchParams.delete('token')
    url.searchParams.delete('code')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    return fromUrl
  }
  if (code) {
    const exchanged = await exchangeCode(code)
    if (exchanged) {
      sessionStorage.setItem(TOKEN_KEY, exchanged)
      return exchanged
    }
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

/** Trades the one-time code of `--open` for the token; null when it is wrong, used or expired. */
async function exchangeCode(code: string): Promise<string | null> {
  try {
    const response = await fetch('/api/session', { method: 'POST', headers: { 'X-Copil-Code': code } })
    if (!response.ok) return null
    const body = (await response.json()) as { token?: unknown }
    return typeof body.token === 'string' ? body.token : null
  } catch {
    return null
  }
}

let token: Promise<string | null> | undefined

function currentPreviewToken(): Promise<string | null> {
  token ??= previewToken()
  return token
}

/** Sends one call through Electron's preload, or to the preview server over loopback. */
export async function invoke(channel: string, input: unknown): Promise<Result<unknown>> {
  if (window.copil) return window.copil.invoke(channel, input)
  const sessionToken = await currentPreviewToken()
  let response: Response
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Copil-Token': sessionToken ?? '' },
      body: JSON.stringify({ channel, input }),
    })
  } catch {
    return { ok: false, error: { code: 'IO', message: i18next.t('ui.errors.network') } }
  }
  if (response.status === 403) return { ok: false, error: { code: 'IO', message: i18next.t('ui.errors.session') } }
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return { ok: false, error: { code: 'IO', message: i18next.t('ui.errors.network') } }
  }
}

/** The preview token, for downloads the page fetches itself. */
export async function currentToken(): Promise<string> {
  return (await currentPreviewToken()) ?? ''
}
