/**
 * Profiling aid for the PDF writer (not part of the app or the bench): renders the demo relevé and
 * generated relevés of about 25 and 100 pages, with new text at each run, and prints median
 * times, pages and sizes. Bundle it, then run it, under --cpu-prof for a profile:
 *
 *   npx esbuild scripts/pdf-profile.ts --bundle --platform=node --format=cjs --outfile=/tmp/pdf-profile.cjs \
 *     --external:better-sqlite3 --external:pdfkit --external:fontkit --external:exceljs --external:docx --external:electron
 *   npx node /tmp/pdf-profile.cjs [runs] [out.json]
 *   npx node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/pdf-profile.cjs 20
 *
 * Set PDF_PROFILE_WRITE=dir to write one PDF of each size there (to look at with pdftoppm).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startServices } from '../main/bootstrap'
import { buildReleve } from '../main/services/releve/build-releve'
import { renderRelevePdf } from '../main/exports/pdf'
import { generatedReleve, pdfPages } from '../main/bench/releve'
import type { ReleveDocument } from '../shared/domain/releve'

async function demoReleve(dir: string): Promise<ReleveDocument> {
  const demo = startServices({ dbPath: join(dir, 'demo.sqlite'), dataDir: dir, transport: 'web' })
  try {
    const loaded = await demo.dispatcher.dispatch('demo/load', {})
    if (!loaded.ok) throw new Error(`demo/load: ${loaded.error.message}`)
    return await buildReleve(demo.ctx, (loaded.value as { meetingId: number }).meetingId)
  } finally {
    demo.close()
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const round = (x: number): number => Math.round(x * 10) / 10

/** Wall-clock and CPU milliseconds of one render (CPU time is steadier on a loaded machine). */
async function timed(render: () => Promise<Buffer>): Promise<{ wall: number; cpu: number; pdf: Buffer }> {
  const cpu0 = process.cpuUsage()
  const t = performance.now()
  const pdf = await render()
  const wall = performance.now() - t
  const cpu = process.cpuUsage(cpu0)
  return { wall, cpu: (cpu.user + cpu.system) / 1000, pdf }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10)
  const dir = mkdtempSync(join(tmpdir(), 'copil-pdfprof-'))
  const now = new Date('2020-07-20T10:00:00Z')
  try {
    const demo = await demoReleve(dir)
    // Block counts giving about 25 and 100 pages (fixed, so that two builds render the same relevés).
    const sizes: [string, number][] = [
      ['25', 43],
      ['100', 208],
    ]
    const results: Record<string, { ms: number; cpuMs: number; pages: number; bytes: number }> = {}
    const write = process.env.PDF_PROFILE_WRITE
    // Warm-up: fonts, code, and the demo's words.
    await renderRelevePdf(demo, { now })
    await renderRelevePdf(generatedReleve(demo, 999, 20), { now })
    {
      const times: number[] = []
      const cpus: number[] = []
      let pdf: Buffer = Buffer.alloc(0)
      for (let i = 0; i < runs; i++) {
        const r = await timed(() => renderRelevePdf(demo, { now }))
        times.push(r.wall)
        cpus.push(r.cpu)
        pdf = r.pdf
      }
      results.demo = { ms: round(median(times)), cpuMs: round(median(cpus)), pages: pdfPages(pdf), bytes: pdf.length }
      if (write) writeFileSync(join(write, 'demo.pdf'), pdf)
    }
    // PDF_PROFILE_ONLY=demo: the demo relevé only (for a profile of it alone).
    for (const [name, blocks] of process.env.PDF_PROFILE_ONLY === 'demo' ? [] : sizes) {
      const times: number[] = []
      const cpus: number[] = []
      let pdf: Buffer = Buffer.alloc(0)
      const n = name === '100' ? Math.max(3, Math.ceil(runs / 3)) : runs
      for (let i = 0; i < n; i++) {
        const releve = generatedReleve(demo, 1000 + i, blocks)
        const r = await timed(() => renderRelevePdf(releve, { now }))
        times.push(r.wall)
        cpus.push(r.cpu)
        pdf = r.pdf
      }
      results[name] = { ms: round(median(times)), cpuMs: round(median(cpus)), pages: pdfPages(pdf), bytes: pdf.length }
      if (write) writeFileSync(join(write, `p${name}.pdf`), pdf)
    }
    const out = JSON.stringify(results)
    console.log(out)
    if (process.argv[3]) writeFileSync(process.argv[3], out)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
