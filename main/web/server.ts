import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Dispatcher } from '../api/dispatcher'
import { CONTENT_SECURITY_POLICY } from '../security'
import type { DownloadStore, OutgoingFile } from '../files/delivery'
import { readRendererAsset } from '../files/renderer-assets'
import { fr } from '../../shared/i18n/fr'
import type { AccessCode } from './access-code'
import { tokenMatches } from './token'

export { tokenMatches } from './token'

// Large enough for a 30 MB people file sent as base64 (the import refuses bigger ones itself).
const MAX_BODY_BYTES = 45 * 1024 * 1024

const refused = fr.desktop.refused

export interface PreviewOptions {
  dispatcher: Dispatcher
  staticDir: string
  token: string
  /** Files built by main and waiting for the page to download them. */
  downloads?: DownloadStore
  /** The one-time code of `--open`, which the page exchanges once for the token. */
  accessCode?: AccessCode
  /** The largest request body accepted (tests lower it). */
  maxBodyBytes?: number
}

/**
 * The browser preview: serves the built renderer and forwards POST /api/invoke to the dispatcher.
 * Loopback only; every API call must carry the per-launch token, and Host / Origin must name this
 * server, so neither another site in the browser nor a DNS-rebinding page can reach the data.
 */
export function createPreviewServer(options: PreviewOptions): Server {
  const server = createServer((req, res) => {
    handle(server, options, req, res).catch((error: unknown) => {
      console.error('[copil] preview:', error)
      if (!res.headersSent) send(res, 500, refused.internal)
      else res.end()
    })
  })
  return server
}

function allowedHosts(server: Server): Set<string> {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

async function handle(
  server: Server,
  options: PreviewOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const hosts = allowedHosts(server)
  if (!req.headers.host || !hosts.has(req.headers.host)) return send(res, 403, refused.host)
  const origin = req.headers.origin
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return send(res, 403, refused.origin)
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`)

  if (url.pathname === '/api/session') {
    // The only API path without the token: it is how the page opened by --open gets it.
    if (req.method !== 'POST') return send(res, 405, refused.method)
    if (!options.accessCode?.redeem(header(req, 'x-copil-code'))) return send(res, 403, refused.code)
    return sendJson(res, 200, { token: options.token })
  }

  if (url.pathname.startsWith('/api/')) {
    if (!tokenMatches(options.token, header(req, 'x-copil-token'))) return send(res, 403, refused.token)
    const download = /^\/api\/download\/([a-f0-9]{32})$/.exec(url.pathname)
    if (download?.[1] && req.method === 'GET') return sendDownload(res, options.downloads?.take(download[1]))
    if (url.pathname !== '/api/invoke' || req.method !== 'POST') return send(res, 404, refused.notFound)
    const body = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES)
    if (body === undefined) {
      res.setHeader('Connection', 'close')
      return send(res, 413, refused.tooLarge)
    }
    let payload: unknown
    try {
      payload = JSON.parse(body)
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: refused.badJson } })
    }
    const { channel, input } = (payload ?? {}) as { channel?: unknown; input?: unknown }
    return sendJson(res, 200, await options.dispatcher.dispatch(channel, input))
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, refused.method)
  // The path as sent, before the URL parser folds `..` away: a traversal attempt is refused outright.
  const raw = req.url?.startsWith('/') ? req.url.replace(/[?#].*$/s, '') : url.pathname
  const asset = await readRendererAsset(options.staticDir, raw)
  if (asset.status !== 200) return send(res, asset.status, asset.message)
  return sendBuffer(res, 200, asset.body, asset.mime)
}

/**
 * The request body, or undefined when it is larger than `limit`. An oversized body is still read
 * to its end (and thrown away) before the 413 is sent, so that the client, still sending, is not
 * cut off and actually receives the answer; past four times the limit the connection is dropped.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        tooLarge = true
        chunks.length = 0
        if (size > 4 * limit) {
          resolve(undefined)
          req.destroy()
        }
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cache-Control', 'no-store')
}

function send(res: ServerResponse, status: number, text: string): void {
  if (res.destroyed) return
  securityHeaders(res)
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text)
}

function sendBuffer(res: ServerResponse, status: number, body: Buffer, type: string): void {
  securityHeaders(res)
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length })
  res.end(body)
}

function sendDownload(res: ServerResponse, file: OutgoingFile | undefined): void {
  if (!file) return send(res, 404, refused.expiredFile)
  securityHeaders(res)
  res.writeHead(200, {
    'Content-Type': file.mime,
    'Content-Length': file.content.length,
    // RFC 5987 keeps accented file names intact in every browser.
    'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  })
  res.end(file.content)
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  securityHeaders(res)
  const body = Buffer.from(JSON.stringify(value))
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length })
  res.end(body)
}
