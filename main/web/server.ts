import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import type { Dispatcher } from '../api/dispatcher'
import { CONTENT_SECURITY_POLICY } from '../security'
import type { DownloadStore, OutgoingFile } from '../files/delivery'

// Large enough for a 30 MB people file sent as base64 (the import refuses bigger ones itself).
const MAX_BODY_BYTES = 45 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
}

export interface PreviewOptions {
  dispatcher: Dispatcher
  staticDir: string
  token: string
  /** Files built by main and waiting for the page to download them. */
  downloads?: DownloadStore
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
      if (!res.headersSent) send(res, 500, 'Erreur interne')
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

/** Constant-time token check: a wrong token takes as long as a right one. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function handle(server: Server, options: PreviewOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const hosts = allowedHosts(server)
  if (!req.headers.host || !hosts.has(req.headers.host)) return send(res, 403, 'Hôte refusé')
  const origin = req.headers.origin
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return send(res, 403, 'Origine refusée')
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`)

  if (url.pathname.startsWith('/api/')) {
    const token = req.headers['x-copil-token']
    if (!tokenMatches(options.token, Array.isArray(token) ? token[0] : token)) return send(res, 403, 'Jeton invalide')
    const download = /^\/api\/download\/([a-f0-9]{32})$/.exec(url.pathname)
    if (download?.[1] && req.method === 'GET') return sendDownload(res, options.downloads?.take(download[1]))
    if (url.pathname !== '/api/invoke' || req.method !== 'POST') return send(res, 404, 'Introuvable')
    const body = await readBody(req)
    if (body === undefined) return send(res, 413, 'Requête trop volumineuse')
    let payload: unknown
    try {
      payload = JSON.parse(body)
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Requête illisible (JSON invalide).' } })
    }
    const { channel, input } = (payload ?? {}) as { channel?: unknown; input?: unknown }
    return sendJson(res, 200, await options.dispatcher.dispatch(channel, input))
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Méthode refusée')
  return serveStatic(options.staticDir, url.pathname, res)
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
  const file = join(root, relative === '' ? 'index.html' : relative)
  if (!file.startsWith(root + sep) && file !== root) return send(res, 403, 'Chemin refusé')
  let content: Buffer
  try {
    content = await readFile(file)
  } catch {
    // Unknown paths fall back to the app shell, which routes on the client.
    try {
      content = await readFile(join(root, 'index.html'))
    } catch {
      return send(res, 500, 'Interface non construite : lancez « npm run build ».')
    }
    return sendBuffer(res, 200, content, MIME['.html'] as string)
  }
  return sendBuffer(res, 200, content, MIME[extname(file)] ?? 'application/octet-stream')
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(undefined)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
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
  if (!file) return send(res, 404, 'Fichier expiré : relancez l’export.')
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
