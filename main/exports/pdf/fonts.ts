/**
 * The fonts of the PDF: Noto Sans (Latin subset) shipped under assets/fonts, plus the fallbacks
 * read on first use only (a relevé in French never loads them): Noto Naskh Arabic and DejaVu Sans
 * for symbols and emoji (bidi/draw-line.ts).
 *
 * pdfkit re-parses a font every time `doc.font()` is given a Buffer or a path, and parses a
 * registered buffer once per document. We parse each file once per process with fontkit and
 * register the parsed font by name in every document: switching fonts is then a name lookup,
 * and a warm relevé renders in a few tens of milliseconds instead of hundreds.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import * as fontkit from 'fontkit'
import { speedUpEmbeddedFonts } from './text-metrics'
import { speedUpSubset } from './font-subsets'

type Doc = PDFKit.PDFDocument

/** Names under which each face is registered in a document. */
export const FACES = {
  regular: 'NotoSans',
  bold: 'NotoSans-Bold',
  italic: 'NotoSans-Italic',
  boldItalic: 'NotoSans-BoldItalic',
} as const
export type Face = keyof typeof FACES

const FILES: Record<Face, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
  boldItalic: 'NotoSans-BoldItalic.ttf',
}

/** Fonts for what the Latin faces cannot draw, each parsed on first use. */
export const FALLBACK_FACES = {
  arabic: 'NotoNaskhArabic',
  arabicBold: 'NotoNaskhArabic-Bold',
  symbols: 'DejaVuSans',
} as const
export type FallbackFace = keyof typeof FALLBACK_FACES

const FALLBACK_FILES: Record<FallbackFace, string> = {
  arabic: 'NotoNaskhArabic-Regular.ttf',
  arabicBold: 'NotoNaskhArabic-Bold.ttf',
  symbols: 'DejaVuSans.ttf',
}

let assetsDirOverride: string | undefined
let parsed: Record<Face, fontkit.Font> | undefined
let fallbacks: Partial<Record<FallbackFace, fontkit.Font>> = {}
type LayoutCache = Record<string, unknown>
let layoutCaches: Record<Face, LayoutCache> | undefined

/**
 * Points the exports at an assets folder (the one holding fonts/), e.g. Electron's resources.
 * Call it at start-up, before the first export: the fonts are read once.
 */
export function setAssetsDir(dir: string): void {
  const next = resolve(dir)
  if (next === assetsDirOverride) return
  assetsDirOverride = next
  parsed = undefined
  fallbacks = {}
  layoutCaches = undefined
}

function hasFonts(assetsDir: string): boolean {
  return existsSync(join(assetsDir, 'fonts', FILES.regular))
}

/** Walks up from `start` looking for assets/fonts (bundled dist/main, asar, sources, tests). */
function findUp(start: string): string | undefined {
  let dir = resolve(start)
  for (let depth = 0; depth < 8; depth++) {
    const candidate = join(dir, 'assets')
    if (hasFonts(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return undefined
}

/** The assets folder: setAssetsDir, then COPIL_ASSETS, then up from this file, the resources and the working folder. */
export function resolveAssetsDir(): string {
  if (assetsDirOverride) return assetsDirOverride
  const fromEnv = process.env.COPIL_ASSETS
  if (fromEnv) return resolve(fromEnv)
  const starts: string[] = []
  // __dirname exists in the CommonJS bundle (dist/main/*.cjs, inside app.asar when packaged).
  if (typeof __dirname === 'string') starts.push(__dirname)
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  if (resourcesPath) starts.push(join(resourcesPath, 'app.asar'), resourcesPath)
  starts.push(process.cwd())
  for (const start of starts) {
    const found = findUp(start)
    if (found) return found
  }
  throw new Error(
    `Polices introuvables : dossier assets/fonts absent (cherché depuis ${starts.join(', ')}). ` +
      'Définissez COPIL_ASSETS vers le dossier assets.',
  )
}

function loadFile(name: string): fontkit.Font {
  const file = join(resolveAssetsDir(), 'fonts', name)
  if (!existsSync(file)) throw new Error(`Police introuvable : ${file}. Réinstallez l’application.`)
  return fontkit.create(readFileSync(file))
}

/** A fallback face, parsed on its first use in the process. */
export function loadFallbackFont(face: FallbackFace): fontkit.Font {
  return (fallbacks[face] ??= loadFile(FALLBACK_FILES[face]))
}

/** The four faces, parsed once per process. */
export function loadFonts(): Record<Face, fontkit.Font> {
  if (parsed) return parsed
  const load = (face: Face): fontkit.Font => loadFile(FILES[face])
  parsed = { regular: load('regular'), bold: load('bold'), italic: load('italic'), boldItalic: load('boldItalic') }
  return parsed
}

/**
 * Word layouts (glyphs and advances from fontkit's shaping) shared by all documents. pdfkit keeps
 * such a cache per document and font; the words of minutes repeat from one relevé to the next,
 * so sharing it makes shaping a one-time cost. Reset now and then to bound its size.
 */
let documentsSinceReset = 0
const RESET_EVERY = 500

function sharedLayoutCaches(): Record<Face, LayoutCache> {
  if (!layoutCaches || ++documentsSinceReset > RESET_EVERY) {
    documentsSinceReset = 0
    layoutCaches = {
      regular: Object.create(null),
      bold: Object.create(null),
      italic: Object.create(null),
      boldItalic: Object.create(null),
    }
  }
  return layoutCaches
}

/** Registers the four faces in a document, by name; call once per document. */
export function registerFonts(doc: Doc): void {
  const fonts = loadFonts()
  const caches = sharedLayoutCaches()
  for (const face of Object.keys(FACES) as Face[]) {
    // The family doubles as a cache key: pdfkit's table restores the font from its source (the
    // parsed object) and family after each cell; without a family it would open a new font there.
    doc.registerFont(FACES[face], fonts[face], FACES[face])
    // pdfkit's EmbeddedFont has no public way to take a cache: set its field when it has one
    // (if a pdfkit release renames it, we only lose the speed-up, never correctness).
    doc.font(FACES[face])
    const embedded = (doc as unknown as { _font?: { layoutCache?: LayoutCache; subset?: unknown } })._font
    if (embedded && typeof embedded.layoutCache === 'object') embedded.layoutCache = caches[face]
    speedUpEmbeddedFonts(embedded)
    speedUpSubset(embedded?.subset)
  }
}

/** The face for a combination of marks. */
export function faceFor(bold: boolean, italic: boolean): Face {
  if (bold && italic) return 'boldItalic'
  if (bold) return 'bold'
  if (italic) return 'italic'
  return 'regular'
}
