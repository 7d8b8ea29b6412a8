/**
 * A call's latency while a 100-page relevé is exported, as the app does it: the relevé goes to the
 * export worker (main/workers/exports.ts) and the request loop keeps answering. The same call
 * (`meetings/get` of the largest meeting, through the dispatcher) is timed back to back, first
 * idle, then for as long as the export runs; the export worker is warmed first, as the app warms it
 * at idle after start. Median, p95 and spread of the calls made during the export.
 */
import { performance } from 'node:perf_hooks'
import type { ReleveDocument } from '../../shared/domain/releve'
import type { Dispatcher } from '../api/dispatcher'
import { renderRelevePdf } from '../exports/pdf'
import { renderReleveOffThread, warmExportWorker } from '../workers/exports'
import type { BenchRow } from './readme-section'
import { pdfPages, relevesOfPages } from './releve'
import { fmtMs, progress, summarise } from './stats'

/** Pauses between two calls, so that the loop is not saturated by the probe itself. */
const GAP_MS = 5

async function timedCall(dispatcher: Dispatcher, channel: string, input: unknown): Promise<number> {
  const start = performance.now()
  const result = await dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return performance.now() - start
}

const pause = () => new Promise((resolve) => setTimeout(resolve, GAP_MS))

export async function callDuringExportRows(
  dispatcher: Dispatcher,
  meetingId: number,
  demo: ReleveDocument,
  exports: number,
): Promise<BenchRow[]> {
  const input = { id: meetingId }
  const docs = await relevesOfPages(demo, 100, exports + 1, renderRelevePdf)
  const pages = pdfPages(await renderRelevePdf(docs[0] as ReleveDocument))
  await warmExportWorker()
  const idle: number[] = []
  for (let i = 0; i < 30; i += 1) {
    idle.push(await timedCall(dispatcher, 'meetings/get', input))
    await pause()
  }
  const during: number[] = []
  const exportMs: number[] = []
  for (let e = 1; e <= exports; e += 1) {
    let done = false
    const start = performance.now()
    const job = renderReleveOffThread(docs[e] as ReleveDocument, 'pdf').finally(() => {
      done = true
      exportMs.push(performance.now() - start)
    })
    while (!done) {
      during.push(await timedCall(dispatcher, 'meetings/get', input))
      await pause()
    }
    await job
  }
  const quiet = summarise(idle)
  const busy = summarise(during)
  const exported = summarise(exportMs)
  progress(`appel pendant un export de ${pages} pages : médiane ${fmtMs(busy.measuredMs)}, p95 ${fmtMs(busy.p95Ms)} (au repos ${fmtMs(quiet.measuredMs)})`)
  return [
    {
      name: 'Un appel pendant l’export PDF d’un relevé de 100 pages',
      budgetMs: 50,
      judgedOn: 'p95',
      ...busy,
      note: `meetings/get de la plus grande réunion, ${busy.runs} appels pendant ${exports} exports (${pages} pages, ${fmtMs(exported.measuredMs)} chacun, dans le processus d’export) ; au repos : ${fmtMs(quiet.measuredMs)} (p95 ${fmtMs(quiet.p95Ms)}) ; le budget vaut pour le p95`,
    },
  ]
}
