/**
 * Text extracted from a PDF keeps every letter whatever was exported before in the same process:
 * the parsed fonts are shared by documents, and a glyph first met as part of an accented letter
 * (« E » in « É », « A » in « À ») must still map back to its character in the next document.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderDecisionsPdf } from '../../../main/exports/registers/pdf'
import { hasPoppler, normalize } from '../../helpers/pdf'
import { tempDir } from '../../helpers/temp'

function text(bytes: Buffer): string {
  const file = join(tempDir(), 'doc.pdf')
  writeFileSync(file, bytes)
  return normalize(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
}

describe.runIf(hasPoppler)('text extraction across documents of one process', () => {
  it('gives back « Etabli » and « Aucune » after a document that printed « Établi » and « À faire »', async () => {
    expect(text(await renderDecisionsPdf([], ['Établi — À faire — Ô Ü']))).toContain('Établi — À faire — Ô Ü')
    const second = text(await renderDecisionsPdf([], ['Etabli — Aucune — Oui Un']))
    expect(second).toContain('Etabli — Aucune — Oui Un')
  })
})
