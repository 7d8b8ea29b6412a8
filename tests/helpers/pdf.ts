/**
 * Reading PDFs back the way a reader would, with poppler-utils (pdftotext, pdfinfo, pdffonts,
 * pdftoppm): the tests assert on the text people see, not on pdfkit's internals.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'

/** True when poppler-utils is installed (the tests that need it are skipped otherwise). */
export const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/**
 * Text of the PDF. `layout` keeps the physical layout (columns side by side); `raw` keeps the
 * order in which the text was drawn, so that a table cell's wrapped lines stay together.
 */
export function pdfText(file: string, o: { mode?: 'layout' | 'raw'; first?: number; last?: number } = {}): string {
  const args = [o.mode === 'raw' ? '-raw' : '-layout', '-enc', 'UTF-8']
  if (o.first) args.push('-f', String(o.first))
  if (o.last) args.push('-l', String(o.last))
  return run('pdftotext', [...args, file, '-'])
}

/** The `-layout` text of each page, in order. */
export function pageTexts(file: string): string[] {
  // pdftotext separates pages with a form feed.
  const pages = pdfText(file).split('\f')
  if (pages.length > 0 && (pages[pages.length - 1] ?? '').trim() === '') pages.pop()
  return pages
}

/** pdfinfo as a record (« Title », « Author », « Pages », « Tagged »…). */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {}
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/u.exec(line)
    if (m?.[1] && m[2] !== undefined) info[m[1].trim()] = m[2].trim()
  }
  return info
}

export interface PdfFont {
  name: string
  embedded: boolean
}

/** The fonts pdffonts lists, with their « emb » column. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/u)
    // name type [type…] encoding emb sub uni objectID gen: « emb » is the 5th column from the end.
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' }
  })
}

export interface WordBox {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** Every word of every page with its box (pdftotext -bbox). */
export function wordBoxes(file: string): WordBox[][] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'])
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map(
        (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' }),
      ),
    )
}

/** Pairs of words on one page whose boxes overlap by more than `ratio` of the smaller box. */
export function overlappingWords(words: readonly WordBox[], ratio = 0.25): [WordBox, WordBox][] {
  const found: [WordBox, WordBox][] = []
  const area = (b: WordBox): number => Math.max(0, b.xMax - b.xMin) * Math.max(0, b.yMax - b.yMin)
  for (let i = 0; i < words.length; i++) {
    const a = words[i]
    if (!a) continue
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j]
      if (!b) continue
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      if (w <= 0 || h <= 0) continue
      if (w * h > ratio * Math.min(area(a), area(b))) found.push([a, b])
    }
  }
  return found
}

/** Renders one page to test-results/pdf/<name>.png (gitignored), to be looked at. */
export function renderPng(file: string, page: number, name: string, dpi = 60): string {
  const dir = join(process.cwd(), 'test-results', 'pdf')
  mkdirSync(dir, { recursive: true })
  const out = join(dir, name)
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, out])
  return `${out}.png`
}

/** Share of dark-ish pixels of a page rendered in grey at low resolution (0-1). */
export function inkRatio(file: string, page: number, threshold = 250): number {
  const out = execFileSync(
    'pdftoppm',
    ['-gray', '-r', '20', '-f', String(page), '-l', String(page), '-singlefile', file],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  )
  // PGM: « P5\n<w> <h>\n<max>\n » then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(out.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('pdftoppm did not produce a PGM image')
  const pixels = out.subarray(header[0].length)
  let ink = 0
  for (const p of pixels) if (p < threshold) ink++
  return ink / pixels.length
}

/**
 * Text compared as a reader sees it: whitespace of any kind (no-break spaces included) as one
 * space, and a line break after a hyphen (« co-\ncréation ») joined back.
 */
export function normalize(text: string): string {
  return text
    .replace(/[\s\u00A0\u202F]+/gu, ' ')
    .replace(/- /gu, '-')
    .trim()
}

/** Index after each needle found in order in the haystack, or the first needle missing. */
export function findInOrder(haystack: string, needles: readonly string[]): { missing?: string; positions: number[] } {
  const positions: number[] = []
  let from = 0
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from)
    if (at < 0) return { missing: needle, positions }
    positions.push(at)
    from = at + needle.length
  }
  return { positions }
}

/** The logical structure tree with its text (pdfinfo -struct-text): what assistive technology reads. */
export function structText(file: string): string {
  return run('pdfinfo', ['-struct-text', file])
}

/**
 * The file as latin1 text, to look at its PDF objects: the raw bytes, then the inflated content of
 * each object stream (/Type /ObjStm, where the small objects such as the structure tree are packed).
 */
export function pdfSource(file: string): string {
  const bytes = readFileSync(file)
  const raw = bytes.toString('latin1')
  const packed: string[] = []
  for (const m of raw.matchAll(/<<\s*\/Type \/ObjStm[^>]*?\/Length (\d+)\s*>>\s*stream\r?\n/gu)) {
    const start = (m.index ?? 0) + m[0].length
    packed.push(inflateSync(bytes.subarray(start, start + Number(m[1]))).toString('latin1'))
  }
  return [raw, ...packed].join('\n')
}
