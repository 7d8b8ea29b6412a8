/**
 * Copil's PDF writer and Chromium's print-to-PDF side by side, in the same run, on the same relevés:
 * about 7, 30 and 100 pages, NEW TEXT AT EACH RUN (one generated relevé per run, made before the
 * clock starts, then given to both in turn). Chromium prints the relevé's HTML rendering
 * (html-releve.ts) from a warm browser, fonts inline: `setContent` (parse, style, layout, fonts
 * ready) then `page.pdf`. Copil exports as the app exports (main/workers/exports.ts): the relevé
 * goes to the export worker, which lays it out and sends the file back; the clock runs from the
 * request to the file. That worker is the app's: warmed at idle as the app warms it after start,
 * then used for a session's other exports (Word, Excel, an Arabic relevé) before the first timed
 * run, as Chromium is a browser already running. Rows: Copil's median against a budget of
 * Chromium's median / 5 (issue 16 #5: at least 5 times faster), and Copil's file size against
 * 1.2 × Chromium's. Each contender starts on a settled machine (settle.ts): neither is timed while
 * the other's processes finish.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReleveDocument } from '../../shared/domain/releve'
import { renderRelevePdf, resolveAssetsDir } from '../exports/pdf'
import { closeExportWorker, renderReleveOffThread, warmExportWorker } from '../workers/exports'
import { arabicReleve } from './arabic-releve'
import { launchChromium } from './chromium'
import { fontFaces, releveHtml } from './html-releve'
import type { BenchRow } from './readme-section'
import { pdfPages, relevesOfPages } from './releve'
import { settle } from './settle'
import { fmtMs, progress, summarise } from './stats'

/** Pages of a PDF printed by Chromium (Skia writes one « /Type /Page » dictionary per page). */
export function chromiumPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

const range = (values: readonly number[]): string => {
  const min = Math.min(...values)
  const max = Math.max(...values)
  return min === max ? `${min}` : `${min}-${max}`
}
const median = (values: readonly number[]): number => summarise(values).measuredMs

export interface CompareSize {
  pages: number
  runs: number
}

export const FULL_SIZES: CompareSize[] = [
  { pages: 7, runs: 15 },
  { pages: 30, runs: 11 },
  { pages: 100, runs: 5 },
]
export const QUICK_SIZES: CompareSize[] = [
  { pages: 7, runs: 2 },
  { pages: 30, runs: 2 },
]

export async function pdfVsChromiumRows(base: ReleveDocument, sizes: readonly CompareSize[]): Promise<BenchRow[]> {
  const fonts = fontFaces(join(resolveAssetsDir(), 'fonts'))
  const browser = await launchChromium()
  const rows: BenchRow[] = []
  const exportPdf = async (releve: ReleveDocument): Promise<Buffer> => (await renderReleveOffThread(releve, 'pdf')).content
  try {
    // The export worker as a user meets it: warmed at idle, then a few exports of another kind.
    await warmExportWorker()
    for (const format of ['docx', 'xlsx'] as const) await renderReleveOffThread(base, format)
    await exportPdf(arabicReleve(base))
    const page = await browser.newPage()
    const printChromium = async (html: string): Promise<Buffer> => {
      await page.setContent(html, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    }
    for (const size of sizes) {
      // One relevé per run and one for the warm-up, each with its own text, about `pages` pages.
      // (Calibrated on this thread's writer: the same layout as the worker's.)
      const docs = await relevesOfPages(base, size.pages, size.runs + 1, renderRelevePdf)
      const htmls = docs.map((d) => releveHtml(d, fonts))
      // Warm-up of both on the calibration document, then each run's new relevé to Copil then Chromium.
      await exportPdf(docs[0] as ReleveDocument)
      await printChromium(htmls[0] as string)
      const copil: number[] = []
      const chrome: number[] = []
      const copilBytes: number[] = []
      const chromeBytes: number[] = []
      const copilPages: number[] = []
      const chromePages: number[] = []
      const waits: number[] = []
      for (let i = 1; i <= size.runs; i += 1) {
        waits.push(await settle())
        let start = performance.now()
        const mine = await exportPdf(docs[i] as ReleveDocument)
        copil.push(performance.now() - start)
        waits.push(await settle())
        start = performance.now()
        const theirs = await printChromium(htmls[i] as string)
        chrome.push(performance.now() - start)
        copilBytes.push(mine.length)
        chromeBytes.push(theirs.length)
        // BENCH_SAMPLES=<folder>: keep the first run's two files, to look at them side by side.
        if (i === 1 && process.env.BENCH_SAMPLES) {
          writeFileSync(join(process.env.BENCH_SAMPLES, `copil-${size.pages}.pdf`), mine)
          writeFileSync(join(process.env.BENCH_SAMPLES, `chromium-${size.pages}.pdf`), theirs)
        }
        copilPages.push(pdfPages(mine))
        chromePages.push(chromiumPages(theirs))
      }
      const ours = summarise(copil)
      const them = summarise(chrome)
      const ratio = them.measuredMs / ours.measuredMs
      const label = `${size.pages} pages`
      progress(`PDF/Chromium ${label} : Copil ${fmtMs(ours.measuredMs)}, Chromium ${fmtMs(them.measuredMs)}, × ${ratio.toFixed(2)}`)
      rows.push({
        name: `PDF contre Chromium, ~${label}, texte neuf`,
        budgetMs: Math.round((them.measuredMs / 5) * 10) / 10,
        ...ours,
        note: `budget : Chromium ÷ 5 ; Copil × ${ratio.toFixed(2)} plus rapide ; Chromium ${fmtMs(them.measuredMs)} (p95 ${fmtMs(them.p95Ms)}, ${fmtMs(them.minMs)}-${fmtMs(them.maxMs)}) ; ${size.runs} relevés neufs, Copil ${range(copilPages)} p., Chromium ${range(chromePages)} p. ; chacun part d’une machine au repos (attente médiane ${fmtMs(median(waits))}) ; Copil exporte comme l’app, par son fil d’export préparé au repos, après un Word, un Excel et un relevé en arabe`,
      })
      const ourSize = summarise(copilBytes.map((b) => b / 1024))
      const theirSize = median(chromeBytes) / 1024
      rows.push({
        name: `Taille du PDF contre Chromium, ~${label}`,
        unit: 'Ko',
        budgetMs: Math.round(1.2 * theirSize),
        ...ourSize,
        note: `budget : 1,2 × Chromium (${Math.round(theirSize)} Ko) ; Copil × ${(ourSize.measuredMs / theirSize).toFixed(2)}`,
      })
    }
  } finally {
    await browser.close()
    await closeExportWorker()
  }
  return rows
}
