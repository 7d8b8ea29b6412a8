/**
 * The idle warm-up of the export worker: it lays out relevés built for it, one job each, writes
 * no file, and gives way to a real export asked for meanwhile.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeExportWorker, renderReleveOffThread, warmExportWorker, WARM_STEPS } from '../../../main/workers/exports'
import { warmUpReleve } from '../../../main/exports/warm-releve'
import { renderRelevePdf } from '../../../main/exports/pdf'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'
import { hasPoppler, normalize, pdfInfo, pdfText } from '../../helpers/pdf'

afterEach(async () => {
  await closeExportWorker()
})

describe('the idle warm-up of the export worker', () => {
  it('lays out all its relevés and writes no file in the working folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copil-warm-'))
    const cwd = process.cwd()
    try {
      process.chdir(dir)
      const steps: number[] = []
      expect(await warmExportWorker(undefined, (step) => steps.push(step))).toBe(WARM_STEPS)
      expect(steps).toEqual(Array.from({ length: WARM_STEPS }, (_, i) => i))
      expect(readdirSync(dir)).toEqual([])
    } finally {
      process.chdir(cwd)
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('stops after the step under way when an export is asked for, and the export gets the relevé asked for', async () => {
    let exporting: Promise<{ content: Buffer }> | undefined
    const ran = await warmExportWorker(undefined, (step) => {
      if (step === 0) exporting = renderReleveOffThread(releve20200715, 'pdf')
    })
    // The export was asked for after the first step: no further warm-up step ran before it.
    expect(ran).toBe(1)
    const file = await exporting
    expect(file?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    if (hasPoppler) {
      const out = join(mkdtempSync(join(tmpdir(), 'copil-warm-pdf-')), 'releve.pdf')
      writeFileSync(out, file?.content ?? Buffer.alloc(0))
      expect(pdfInfo(out).Title).toContain('Relevé de conclusions')
      expect(normalize(pdfText(out))).toContain(normalize(releve20200715.committee.name))
    }
  }, 60_000)

  it.skipIf(!hasPoppler)('builds warm-up relevés of several pages with new words at each run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copil-warm-releve-'))
    try {
      const texts: string[] = []
      for (const run of [0, 1]) {
        const file = join(dir, `warm-${run}.pdf`)
        writeFileSync(file, await renderRelevePdf(warmUpReleve(run)))
        expect(Number(pdfInfo(file).Pages)).toBeGreaterThanOrEqual(3)
        texts.push(normalize(pdfText(file)))
      }
      expect(texts[0]).toContain('Points discutés')
      expect(texts[0]).not.toBe(texts[1])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
