/**
 * What the PDF tests of the relevé share: a folder for the PDFs of one test file, written with a
 * fixed creation date, and what a reader sees of a printed string, a page number, a participant.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import type { ReleveDocument } from '../../shared/domain/releve'
import { frenchTypography } from '../../shared/text/typography'
import { renderRelevePdf } from '../../main/exports/pdf/index'
import { participantLine } from '../../main/exports/pdf/strings'
import { normalize } from './pdf'

export const NOW = new Date('2020-07-20T10:00:00Z')
/** What the reader sees for a string we print: French typography, whitespace collapsed. */
export const seen = (s: string): string => normalize(frenchTypography(s))

/**
 * One folder for a whole test file (the PDFs are written once and read by several tests), removed
 * after its last test; `writePdf` renders a relevé there with the fixed date.
 */
export function pdfFolder(): { dir: string; writePdf: (releve: ReleveDocument, name: string) => Promise<string> } {
  const dir = mkdtempSync(join(tmpdir(), 'copil-pdf-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return {
    dir,
    async writePdf(releve, name) {
      const file = join(dir, `${name}.pdf`)
      writeFileSync(file, await renderRelevePdf(releve, { now: NOW }))
      return file
    },
  }
}

/** « Page x / y » of each page's footer. */
export function pageNumbers(pages: readonly string[]): { page: number; of: number }[] {
  return pages.map((text) => {
    const m = /Page (\d+) \/ (\d+)/u.exec(text)
    return { page: Number(m?.[1] ?? NaN), of: Number(m?.[2] ?? NaN) }
  })
}

/** The participants the relevé lists: present, represented and invited. */
export const listed = (r: ReleveDocument) =>
  r.participants.filter((p) => ['present', 'represente', 'invite'].includes(p.status))
/** A participant's line as printed: name, then organisation and the rest. */
export const personLine = (p: ReleveDocument['participants'][number]): string => {
  const { name, rest } = participantLine(p)
  return name + rest
}
