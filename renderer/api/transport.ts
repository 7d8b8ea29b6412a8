import type { Result } from '../../shared/api/result'
import { fr } from '../../shared/i18n/fr'

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
 * The preview's per-launch token arrives in the address (?token=…); keep it for this tab only and
 * take it out of the address bar so it is not bookmarked or shared by accident.
 */
function previewToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

let token: string | null | undefined

/** Sends one call through Electron's preload, or to the preview server over loopback. */
export async function invoke(channel: string, input: unknown): Promise<Result<unknown>> {
  if (window.copil) return window.copil.invoke(channel, input)
  if (token === undefined) token = previewToken()
  let response: Response
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Copil-Token': token ?? '' },
      body: JSON.stringify({ channel, input }),
    })
  } catch {
    return { ok: false, error: { code: 'IO', message: fr.ui.errors.network } }
  }
  if (response.status === 403) return { ok: false, error: { code: 'IO', message: fr.ui.errors.session } }
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return { ok: false, error: { code: 'IO', message: fr.ui.errors.network } }
  }
}

/** The preview token, for download links the browser opens itself. */
export function currentToken(): string {
  if (token === undefined) token = previewToken()
  return token ?? ''
}
