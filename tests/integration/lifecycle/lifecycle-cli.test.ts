import { describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { deflateSync, inflateSync } from 'node:zlib'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { copil } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { hasPoppler, pdfText } from '../../helpers/pdf'

// Runs the built command (`npm test` builds first; alone: `node scripts/build-main.mjs`).

/** Replaces the embedded canonical content of a PDF by `edit` of it (same length, so the file stays readable). */
function tamperEmbedded(pdf: Buffer, edit: (text: string) => string): Buffer {
  const marker = pdf.indexOf('/Type /EmbeddedFile')
  const streamAt = pdf.indexOf('stream', marker) + 'stream\n'.length
  const length = Number(/\/Length (\d+)/.exec(pdf.toString('latin1', pdf.lastIndexOf('obj', marker), streamAt))?.[1])
  const text = inflateSync(pdf.subarray(streamAt, streamAt + length)).toString('utf8')
  const changed = deflateSync(Buffer.from(edit(text), 'utf8'))
  const head = pdf.subarray(0, streamAt).toString('latin1').replace(new RegExp(`/Length ${length}(?![0-9])(?![\\s\\S]*/Length ${length})`), `/Length ${changed.length}`)
  return Buffer.concat([Buffer.from(head, 'latin1'), changed, pdf.subarray(streamAt + length)])
}

describe('copil adopt and copil verify', () => {
  it('adopts the example, refuses a decision added afterwards, accepts the adopted PDF and rejects the draft and a tampered one', async () => {
    const dir = tempDir()
    const db = join(dir, 'copil.sqlite')
    expect(copil('demo', '--db', db).code).toBe(0)
    const draft = join(dir, 'projet.pdf')
    expect(copil('export', '--db', db, '--meeting', '1', '--format', 'pdf', '--out', draft).code).toBe(0)

    const adopt = copil('adopt', '--db', db, '--meeting', '1', '--date', '2020-10-02')
    expect(adopt.code, adopt.stderr).toBe(0)
    expect(adopt.stdout).toMatch(/Relevé de la réunion du mercredi 15 juillet 2020 \(n° 1\) adopté : version 1, le vendredi 2 octobre 2020\./)
    const fingerprint = /Empreinte SHA-256 : ([0-9a-f]{64})/.exec(adopt.stdout)?.[1] ?? ''
    expect(fingerprint).toHaveLength(64)

    // The API refuses a decision added to the adopted meeting.
    const { startServices } = await import('../../../main/bootstrap')
    const app = startServices({ dbPath: db, dataDir: dir, transport: 'web' })
    try {
      const added = await app.dispatcher.dispatch('decisions/save', { meetingId: 1, text: 'Décision ajoutée après coup' })
      expect(added).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/adopté/) } })
    } finally {
      app.close()
    }

    const again = copil('adopt', '--db', db, '--meeting', '1')
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/déjà adopté \(version 1\)/)

    const adopted = join(dir, 'adopte.pdf')
    expect(copil('export', '--db', db, '--meeting', '1', '--format', 'pdf', '--out', adopted).code).toBe(0)
    const ok = copil('verify', '--db', db, adopted)
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toContain(`PDF conforme : version 1 du relevé de la réunion du mercredi 15 juillet 2020, adoptée le 2 octobre 2020 (empreinte ${fingerprint.slice(0, 4)} ${fingerprint.slice(4, 8)}`)

    const rejected = copil('verify', '--db', db, draft)
    expect(rejected.code).toBe(1)
    expect(rejected.stderr).toMatch(/n’est pas une version adoptée/)

    const tampered = join(dir, 'falsifie.pdf')
    writeFileSync(tampered, tamperEmbedded(readFileSync(adopted), (text) => text.replace('"title":"Réunion du Comité de pilotage","videoTool"', '"title":"Réunion du Comité falsifiée","videoTool"')))
    const caught = copil('verify', '--db', db, tampered)
    expect(caught.code).toBe(1)
    expect(caught.stderr).toMatch(/PDF non conforme .* version 1 du relevé de la réunion du mercredi 15 juillet 2020/)
    expect(caught.stderr).toMatch(/En-tête :\n\s+− Réunion du Comité de pilotage\n\s+\+ Réunion du Comité falsifiée/)

    if (hasPoppler) {
      const text = pdfText(adopted)
      expect(text).not.toContain('PROJET')
      expect(text).toContain(`Version 1 adoptée le 2 octobre 2020 · empreinte ${fingerprint.slice(0, 4)}`)
      expect(pdfText(draft)).toContain('PROJET')
    }
    const check = new Database(db, { readonly: true })
    expect(check.prepare('SELECT count(*) FROM decisions WHERE meeting_id = 1 AND text LIKE ?').pluck().get('%ajoutée après coup%')).toBe(0)
    check.close()
  }, 180_000)

  it('answers a missing file, a missing option and a file that is not a PDF in French, with exit codes', () => {
    const dir = tempDir()
    const db = join(dir, 'copil.sqlite')
    expect(copil('demo', '--db', db).code).toBe(0)
    const usage = copil('adopt', '--db', db)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/Utilisation : copil adopt/)
    expect(copil('verify', '--db', db).code).toBe(2)
    const missing = copil('verify', '--db', db, join(dir, 'absent.pdf'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/Impossible de lire/)
    const text = join(dir, 'note.pdf')
    writeFileSync(text, 'ceci est du texte')
    const notPdf = copil('verify', '--db', db, text)
    expect(notPdf.code).toBe(1)
    expect(notPdf.stderr).toMatch(/n’est pas un PDF/)
    const unknown = copil('adopt', '--db', db, '--meeting', '999')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/introuvable/i)
  }, 120_000)
})
