/**
 * The cost of the biggest people files the import can be given (within its 30 MB limit): each is
 * refused or read within 300 MB of memory and 5 s, and the preview server keeps answering other
 * calls while one is read (the reading runs in a worker thread). The figures are recorded in
 * test-results/faults/input-cost.json; the memory bound is asserted on every run, the time bound
 * under FAULTS_FULL only (`npm run test:faults`), and only when the machine is not oversubscribed
 * (load average below its number of cores): on a machine shared by many, every timing is longer by
 * that factor, which says nothing of the import. The load is recorded beside the figures.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { request, type Server } from 'node:http'
import { join } from 'node:path'
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { createPreviewServer } from '../../main/web/server'
import type { PeopleImportPreview } from '../../shared/domain/people-import'
import { startTestServices } from '../helpers/services'
import { FAULTS_FULL, writeFaultReport } from './helpers/report'
import { bigCsv, peopleWorkbook, sparseWorkbook } from './fixtures/big-files'

const MAX_MEMORY_MB = 300
const MAX_SECONDS = 5
const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 10) / 10
const idleEnough = () => loadAverage() < availableParallelism()

interface Measure {
  file: string
  megabytes: number
  outcome: string
  seconds: number
  /** The machine's 1-minute load average when the file was read. */
  loadAverage: number
  rssPeakMb: number
  rssAboveBaselineMb: number
  heapPeakMb: number
}
const measures: Measure[] = []

afterAll(() => {
  writeFaultReport('input-cost', {
    bounds: { memoryMb: MAX_MEMORY_MB, seconds: MAX_SECONDS },
    cores: availableParallelism(),
    files: measures,
    worstSeconds: Math.max(0, ...measures.map((m) => m.seconds)),
    worstMemoryMb: Math.max(0, ...measures.map((m) => m.rssAboveBaselineMb)),
  })
})

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10

/** Runs `work` while sampling the process's memory (worker threads included) every 5 ms. */
async function measure<T>(
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; rssPeak: number; rssBase: number; heapPeak: number }> {
  global.gc?.()
  const rssBase = process.memoryUsage().rss
  let rssPeak = rssBase
  let heapPeak = process.memoryUsage().heapUsed
  const sample = () => {
    const usage = process.memoryUsage()
    rssPeak = Math.max(rssPeak, usage.rss)
    heapPeak = Math.max(heapPeak, usage.heapUsed)
  }
  const timer = setInterval(sample, 5)
  const started = performance.now()
  try {
    const value = await work()
    sample()
    return { value, seconds: (performance.now() - started) / 1000, rssPeak, rssBase, heapPeak }
  } finally {
    clearInterval(timer)
  }
}

type Expect = { refused: RegExp } | { created: number }

async function previewWithin(fileName: string, content: Buffer, expected: Expect): Promise<void> {
  const app = startTestServices()
  const input = { fileName, contentBase64: content.toString('base64') }
  const run = await measure(() => app.dispatcher.dispatch('people/importPreview', input))
  expect(run.value.ok).toBe(true)
  const preview = (run.value as { value: PeopleImportPreview }).value
  if ('refused' in expected) expect(preview.fileErrors.join(' ')).toMatch(expected.refused)
  else {
    expect(preview.fileErrors).toEqual([])
    expect(preview.created).toBe(expected.created)
  }
  const record: Measure = {
    file: fileName,
    megabytes: mb(content.length),
    outcome: preview.fileErrors[0] ?? `${preview.created} à créer`,
    seconds: Math.round(run.seconds * 100) / 100,
    loadAverage: loadAverage(),
    rssPeakMb: mb(run.rssPeak),
    rssAboveBaselineMb: mb(run.rssPeak - run.rssBase),
    heapPeakMb: mb(run.heapPeak),
  }
  measures.push(record)
  expect(record.rssAboveBaselineMb, JSON.stringify(record)).toBeLessThanOrEqual(MAX_MEMORY_MB)
  if (FAULTS_FULL && idleEnough()) expect(record.seconds, JSON.stringify(record)).toBeLessThanOrEqual(MAX_SECONDS)
}

describe('the cost of the biggest input files', () => {
  it('refuses a 20 MB workbook of empty formatted cells by its declared range, before reading it', async () => {
    await previewWithin('feuille-formatee.xlsx', await sparseWorkbook(20, 'honest'), {
      refused: /s’étend sur la plage A1:Z\d+, soit [\d\s\u202f]+ cellules/,
    })
  }, 120_000)

  it('refuses the same workbook hiding behind a small declared range, by counting its cells', async () => {
    await previewWithin('feuille-formatee-cachee.xlsx', await sparseWorkbook(20, 'small'), {
      refused: /compte plus de 200\s000 cellules/,
    })
  }, 120_000)

  it('reads the largest workbook an import accepts (25,000 people, 200,000 cells)', async () => {
    await previewWithin('25000-personnes.xlsx', await peopleWorkbook(24_990), { created: 24_994 })
  }, 120_000)

  it('reads a CSV at the size limit (50,000 people, 29 MB)', async () => {
    // Each row is padded with spaces (trimmed away) to reach the size.
    await previewWithin('29-mo.csv', bigCsv(50_000, 29), { created: 50_000 })
  }, 120_000)
})

describe('the preview server while a big file is read', () => {
  let server: Server | undefined
  afterAll(() => server?.close())

  it('answers another call before the import of the largest workbook is done', async () => {
    const app = startTestServices()
    const staticDir = join(app.dir, 'renderer')
    mkdirSync(staticDir)
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Copil</title>')
    const token = 'jeton-de-test-0123456789abcdef'
    server = createPreviewServer({ dispatcher: app.dispatcher, staticDir, token })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const post = (body: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/invoke',
            headers: { 'X-Copil-Token': token, 'Content-Type': 'application/json' },
          },
          (res) => {
            let text = ''
            res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
          },
        )
        req.on('error', reject)
        req.end(body)
      })

    const order: string[] = []
    const content = (await peopleWorkbook(24_990)).toString('base64')
    const big = post(
      JSON.stringify({ channel: 'people/importPreview', input: { fileName: 'grand.xlsx', contentBase64: content } }),
    ).then((res) => {
      order.push('import')
      return res
    })
    // Ask while the worker reads the workbook: the answer must not wait for it.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const small = await post(JSON.stringify({ channel: 'people/list', input: {} }))
    order.push('people/list')
    expect(small.status).toBe(200)
    expect(JSON.parse(small.body)).toMatchObject({ ok: true })
    const done = await big
    expect(JSON.parse(done.body)).toMatchObject({ ok: true, value: { created: 24_994 } })
    expect(order).toEqual(['people/list', 'import'])
  }, 120_000)
})
