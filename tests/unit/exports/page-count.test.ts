/**
 * The pages laid out so far, as the export worker reports them to the page (main/workers/page-count.ts):
 * counted from each export's start, reported no more often than asked.
 */
import { describe, expect, it } from 'vitest'
import { generatedReleve, pdfPages } from '../../../main/bench/releve'
import { renderRelevePdf } from '../../../main/exports/pdf/index'
import { countPagesWith } from '../../../main/workers/page-count'
import { releve20200715 } from '../../fixtures/releve-2020-07-15'

const releve = generatedReleve(releve20200715, 7, 12)

describe('pages reported while a relevé is laid out', () => {
  it('reports every page when asked to, counting from the start of each export', async () => {
    for (let run = 0; run < 2; run += 1) {
      const seen: number[] = []
      countPagesWith((pages) => seen.push(pages), 0)
      const pdf = await renderRelevePdf(releve)
      expect(seen).toEqual(Array.from({ length: pdfPages(pdf) }, (_, i) => i + 1))
    }
  })

  it('reports nothing sooner than asked: an export shorter than the interval wakes nobody', async () => {
    const seen: number[] = []
    countPagesWith((pages) => seen.push(pages), 60 * 60 * 1000)
    const pdf = await renderRelevePdf(releve)
    expect(pdfPages(pdf)).toBeGreaterThan(5)
    expect(seen).toEqual([])
  })
})
