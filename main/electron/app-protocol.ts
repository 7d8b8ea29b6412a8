import { readRendererAsset } from '../files/renderer-assets'
import { CONTENT_SECURITY_POLICY } from '../security'
import { fr } from '../../shared/i18n/fr'
import { APP_HOST, APP_SCHEME } from './sender'

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
}

/**
 * Answers one request of the copil:// protocol: files of the built renderer only, each with the
 * Content Security Policy; anything else (another host, another method, a path leading out of the
 * renderer folder, a malformed address) is refused. No Electron here, so it is tested in Node.
 */
export async function serveAppRequest(
  rendererRoot: string,
  request: { url: string; method: string },
): Promise<Response> {
  const refuse = (status: number, message: string) =>
    new Response(message, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } })
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, fr.desktop.refused.method)
  const raw = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(request.url)
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return refuse(400, fr.desktop.refused.badPath)
  }
  if (
    !raw ||
    url.protocol !== `${APP_SCHEME}:` ||
    url.host !== APP_HOST ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return refuse(403, fr.desktop.refused.path)
  }
  // The raw path, before the URL parser folds `..` away, so that a traversal attempt is refused
  // outright rather than quietly served as some other file.
  const asset = await readRendererAsset(rendererRoot, raw[1] ?? '/')
  if (asset.status !== 200) return refuse(asset.status, asset.message)
  const body = request.method === 'HEAD' ? null : new Uint8Array(asset.body)
  return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': asset.mime } })
}
