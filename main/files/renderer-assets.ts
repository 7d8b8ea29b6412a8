import { readFile, realpath } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { fr } from '../../shared/i18n/fr'

/**
 * Which file of the built renderer a URL path names. One decision for both transports: Electron's
 * copil:// protocol and the browser preview's HTTP server serve the same folder the same way.
 */
export type RendererPath = { kind: 'file'; path: string } | { kind: 'refused'; status: 400 | 403; message: string }

/** What to answer for one path: the file's bytes and type, or a refusal with its status. */
export type RendererAsset = { status: 200; body: Buffer; mime: string } | { status: 400 | 403 | 500; message: string }

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

/** The Content-Type of a renderer file, from its extension. */
export function rendererMime(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

const ENCODED_SEPARATOR = /%(2f|5c)/i
// Control characters (NUL included), backslashes and drive-letter colons never name a file of the build.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
const FORBIDDEN_CHARACTER = /[\u0000-\u001f\u007f\\:]/

/**
 * Resolves the raw (still percent-encoded) path of a URL to a file inside `root`, or refuses it:
 * a malformed escape answers 400; an encoded separator, a backslash, a control character, a `.`/`..`
 * or hidden segment, or anything that would land outside `root` answers 403. `/` is the app shell.
 */
export function resolveRendererPath(root: string, rawPathname: string): RendererPath {
  const refused = (status: 400 | 403): RendererPath => ({
    kind: 'refused',
    status,
    message: status === 400 ? fr.desktop.refused.badPath : fr.desktop.refused.path,
  })
  if (!rawPathname.startsWith('/') || ENCODED_SEPARATOR.test(rawPathname)) return refused(403)
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPathname)
  } catch {
    return refused(400)
  }
  if (FORBIDDEN_CHARACTER.test(decoded)) return refused(403)
  const rest = decoded.slice(1)
  if (rest === '') return { kind: 'file', path: resolve(root, 'index.html') }
  const segments = rest.split('/')
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return refused(403)
  const path = resolve(root, ...segments)
  const inside = relative(resolve(root), path)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refused(403)
  return { kind: 'file', path }
}

/**
 * Reads what a path of the renderer names. A path that names no file gets the app shell (the
 * renderer routes on the client); a file reached through a link that leads outside `root` is refused.
 */
export async function readRendererAsset(root: string, rawPathname: string): Promise<RendererAsset> {
  const target = resolveRendererPath(root, rawPathname)
  if (target.kind === 'refused') return { status: target.status, message: target.message }
  let realRoot: string
  try {
    realRoot = await realpath(root)
  } catch {
    return { status: 500, message: fr.desktop.refused.notBuilt }
  }
  const found = await readInside(realRoot, target.path)
  if (found === 'outside') return { status: 403, message: fr.desktop.refused.path }
  if (found) return { status: 200, body: found, mime: rendererMime(target.path) }
  const shell = await readInside(realRoot, resolve(root, 'index.html'))
  if (shell && shell !== 'outside') return { status: 200, body: shell, mime: rendererMime('index.html') }
  return { status: 500, message: fr.desktop.refused.notBuilt }
}

/** The file's bytes if it exists inside `realRoot` once links are followed; 'outside' if it escapes. */
async function readInside(realRoot: string, path: string): Promise<Buffer | 'outside' | undefined> {
  let real: string
  try {
    real = await realpath(path)
  } catch {
    return undefined
  }
  if (!real.startsWith(realRoot + sep)) return 'outside'
  try {
    return await readFile(real)
  } catch {
    // A folder, or a file that vanished or cannot be read: treated as absent.
    return undefined
  }
}
