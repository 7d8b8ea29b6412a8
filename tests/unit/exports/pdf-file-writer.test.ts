/**
 * The PDF file as written: small objects packed into object streams with a cross-reference stream,
 * font subsets reused from one relevé to the next. Read back with poppler and by walking the
 * cross-reference stream as a reader does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { hasPoppler, normalize, pdfFonts, pdfInfo, pdfSource, pdfText, structText } from '../../helpers/pdf'

const NOW = new Date('2020-07-20T10:00:00Z')
const dir = mkdtempSync(join(tmpdir(), 'copil-pdf-writer-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function write(releve: ReleveDocument, name: string): Promise<{ file: string; bytes: Buffer }> {
  const bytes = await renderRelevePdf(releve, { now: NOW })
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, bytes)
  return { file, bytes }
}

/** The dictionary and inflated body of the stream object starting at `offset`. */
function streamAt(pdf: Buffer, offset: number): { dictionary: string; body: Buffer } {
  const head = pdf.toString('latin1', offset, offset + 400)
  const m = /^\d+ 0 obj\n(<<[\s\S]*?>>)\nstream\n/u.exec(head)
  if (!m?.[1]) throw new Error(`no stream object at ${offset}`)
  const length = Number(/\/Length (\d+)/u.exec(m[1])?.[1])
  const start = offset + m[0].length
  return { dictionary: m[1], body: inflateSync(pdf.subarray(start, start + length)) }
}

/** Where the cross-reference stream says each object is, checked against the bytes; the objects not found. */
function misplacedObjects(pdf: Buffer): { objects: number; packed: number; wrong: number[] } {
  const text = pdf.toString('latin1')
  const start = Number(/startxref\n(\d+)\n%%EOF\n?$/u.exec(text)?.[1])
  const xref = streamAt(pdf, start)
  expect(xref.dictionary).toContain('/Type /XRef')
  const size = Number(/\/Size (\d+)/u.exec(xref.dictionary)?.[1])
  expect(xref.body.length).toBe(size * 7)
  const wrong: number[] = []
  let packed = 0
  for (let n = 1; n < size; n += 1) {
    const row = xref.body.subarray(n * 7, n * 7 + 7)
    const [type, field2, field3] = [row[0], row.readUInt32BE(1), row.readUInt16BE(5)]
    if (type === 1) {
      if (!text.startsWith(`${n} 0 obj`, field2)) wrong.push(n)
    } else if (type === 2) {
      packed += 1
      const container = xref.body.subarray(field2 * 7, field2 * 7 + 7).readUInt32BE(1)
      const objStm = streamAt(pdf, container)
      const first = Number(/\/First (\d+)/u.exec(objStm.dictionary)?.[1])
      const numbers = objStm.body.toString('latin1', 0, first).trim().split(/\s+/u).map(Number)
      if (numbers[2 * field3] !== n) wrong.push(n)
    } else wrong.push(n)
  }
  return { objects: size - 1, packed, wrong }
}

describe.skipIf(!hasPoppler)('the PDF file as written', () => {
  it('packs the structure tree into compressed object streams that every reference finds', async () => {
    const { file, bytes } = await write(releve20200715, 'packed')
    const found = misplacedObjects(bytes)
    expect(found.wrong).toEqual([])
    // Hundreds of structure elements (paragraphs, list items, cells) are no longer plain text.
    expect(found.packed).toBeGreaterThan(100)
    expect(bytes.toString('latin1')).not.toContain('/S /TD')
    expect(pdfSource(file)).toContain('/S /TD')
    // Readers still see the tagged document, its metadata, fonts and text.
    const info = pdfInfo(file)
    expect(info.Tagged).toBe('yes')
    expect(info.Title).toContain('Relevé de conclusions')
    expect(Number(info.Pages)).toBeGreaterThan(1)
    expect(structText(file)).toMatch(/H1[^\n]*\n\s*"Relevé de conclusions"/u)
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true)
    expect(normalize(pdfText(file))).toContain(normalize(releve20200715.committee.name))
  })

  it('writes the same bytes for the same relevé, before and after a relevé with other characters', async () => {
    const first = await write(releve20200715, 'first')
    const other: ReleveDocument = {
      ...releve20200715,
      title: 'Réunion extraordinaire : ÆŒ ½ Ÿ ẞ 0123456789 € §',
      participants: releve20200715.participants.slice(0, 2),
    }
    const between = await write(other, 'other')
    const again = await write(releve20200715, 'again')
    expect(again.bytes.equals(first.bytes)).toBe(true)
    // The relevé in between has its own subset: its new characters read back.
    expect(normalize(pdfText(between.file))).toContain('Réunion extraordinaire : ÆŒ ½ Ÿ')
    expect(between.bytes.equals(first.bytes)).toBe(false)
  })
})
