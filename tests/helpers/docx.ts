/**
 * Reading Word files back: the text of document.xml (every <w:t>, paragraphs on their own lines),
 * any part of the package, and LibreOffice's own reading of the file (soffice → PDF → text).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { pdfText } from './pdf'

/** True when LibreOffice is installed (the tests that need it are skipped otherwise). */
export const hasSoffice = spawnSync('soffice', ['--version']).status === 0

/** One part of the package (word/document.xml, word/styles.xml, word/header1.xml…). */
export async function docxPart(bytes: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const part = zip.file(name)
  if (!part) throw new Error(`${name} absent du fichier Word`)
  return part.async('string')
}

/** The names of the package's parts. */
export async function docxParts(bytes: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files)
}

const decode = (s: string): string =>
  s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&')

/** The text of document.xml in reading order: runs joined, one line per paragraph. */
export async function docxText(bytes: Buffer): Promise<string> {
  const xml = await docxPart(bytes, 'word/document.xml')
  return xml
    .split(/<\/w:p>/u)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/gu)].map((m) => (m[1] === undefined ? '\n' : decode(m[1]))).join(''))
    .join('\n')
}

/** Converts the file with LibreOffice headless and returns the text of the PDF it made. */
export function sofficeText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'copil-soffice-'))
  try {
    const file = join(dir, 'releve.docx')
    writeFileSync(file, bytes)
    // Its own profile folder: a LibreOffice already running for the user is left alone.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'ignore', timeout: 120_000 },
    )
    return pdfText(join(dir, 'releve.pdf'), { mode: 'raw' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
