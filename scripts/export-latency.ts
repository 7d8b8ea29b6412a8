/**
 * Measuring aid (not part of the app or the bench): how long a call waits while a relevé of about a
 * hundred pages is exported, through the browser preview's real HTTP server. It starts the services
 * on a temporary database holding a long meeting, then calls `system/info` over HTTP one call after
 * the other, first idle, then during each export, and prints median, p95 and max per phase.
 *
 *   npx esbuild scripts/export-latency.ts --bundle --platform=node --format=cjs --outfile=test-results/export-latency.cjs \
 *     --external:better-sqlite3 --external:pdfkit --external:fontkit --external:exceljs --external:docx --external:electron
 *   COPIL_WORKER=dist/main/worker.cjs npx node test-results/export-latency.cjs [exports] [--in-process]
 *
 * `--in-process` lays the relevé out on the request loop itself, as every export did before the
 * background worker: the « before » figure, measured in the same conditions.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { AddressInfo } from 'node:net'
import { startServices } from '../main/bootstrap'
import { createPreviewServer } from '../main/web/server'
import { longMeeting } from '../tests/helpers/long-meeting'
import { buildReleve } from '../main/services/releve/build-releve'
import { renderReleveFile } from '../main/services/releve/render-file'

const TOKEN = 'measure-token-measure-token'

function post(port: number, channel: string, input: unknown): Promise<unknown> {
  const body = JSON.stringify({ channel, input })
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/invoke', method: 'POST', headers: { 'content-type': 'application/json', 'x-copil-token': TOKEN, host: `127.0.0.1:${port}` } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

/** Calls `system/info` one after the other until `until()` says stop; returns each call's time. */
async function latencies(port: number, until: () => boolean, gapMs = 5): Promise<number[]> {
  const times: number[] = []
  while (!until()) {
    const start = performance.now()
    await post(port, 'system/info', {})
    times.push(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, gapMs))
  }
  return times
}

function summary(name: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  return `${name}: ${times.length} appels, médiane ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3)
  const inProcess = process.argv.includes('--in-process')
  const dir = mkdtempSync(join(tmpdir(), 'copil-latency-'))
  const app = startServices({ dbPath: join(dir, 'copil.sqlite'), dataDir: dir, transport: 'web' })
  const meetingId = await longMeeting(app)
  const server = createPreviewServer({ dispatcher: app.dispatcher, staticDir: dir, token: TOKEN, downloads: app.downloads })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  try {
    // One export first, so that code and fonts are loaded as in a warmed session.
    if (inProcess) await renderReleveFile(await buildReleve(app.ctx, meetingId), 'pdf')
    else await post(port, 'exports/releve', { meetingId, format: 'pdf' })
    const idleUntil = performance.now() + 2000
    console.log(summary('au repos', await latencies(port, () => performance.now() > idleUntil)))
    const during: number[] = []
    const exportTimes: number[] = []
    for (let i = 0; i < runs; i += 1) {
      let done = false
      const start = performance.now()
      const exported = inProcess
        ? buildReleve(app.ctx, meetingId).then((releve) => renderReleveFile(releve, 'pdf'))
        : post(port, 'exports/releve', { meetingId, format: 'pdf' })
      const exporting = exported.then(() => {
        exportTimes.push(performance.now() - start)
        done = true
      })
      during.push(...(await latencies(port, () => done)))
      await exporting
    }
    console.log(summary(`pendant ${runs} exports PDF (~100 pages)${inProcess ? ', sur la boucle des requêtes (avant)' : ', dans le worker'}`, during))
    console.log(`exports : ${exportTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`)
  } finally {
    server.close()
    app.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main().then(() => process.exit(0))
