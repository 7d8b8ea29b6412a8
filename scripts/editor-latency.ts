/**
 * Measuring aid (not part of the app or the bench): the meeting editor of the largest meeting of the
 * ten-year database in Debian's Chromium through the browser preview: open until every section
 * responds, then key-to-screen latency typed in a discussion and in an engagement's progress text
 * (from the key event's timestamp to the first frame painted after the page handled it: rAF, then a
 * task), with the load average at the time. Also times `meetingPlan/outline` over HTTP.
 *
 *   npm run build --silent
 *   npx esbuild scripts/editor-latency.ts --bundle --platform=node --format=cjs --outfile=dist/main/editor-latency.cjs \
 *     --external:better-sqlite3 --external:pdfkit --external:fontkit --external:exceljs --external:docx --external:electron --external:playwright-core
 *   npx node dist/main/editor-latency.cjs [opens=5] [keys=40]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { benchDatabase } from '../main/bench/database'
import { TEN_YEARS } from '../main/bench/generate'
import { launchChromium } from '../main/bench/chromium'
import { summarise } from '../main/bench/stats'

const opens = Number(process.argv[2] ?? 5)
const keys = Number(process.argv[3] ?? 40)
const PHRASE = ' le comité a validé la feuille de route et demande un point en septembre, 12 % restant à engager, puis'

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
const fmt = (name: string, samples: number[]) => {
  const s = summarise(samples)
  return `${name}: p50 ${s.measuredMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, min ${s.minMs.toFixed(1)}, max ${s.maxMs.toFixed(1)} (${s.runs}) — load ${load()}`
}

async function startPreview(dbPath: string, dir: string) {
  const child = spawn(process.execPath, [join(__dirname, 'web.cjs'), '--port', '0', '--db', dbPath], {
    env: { ...process.env, COPIL_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const match = /aperçu navigateur : (http:\/\/\S+)/.exec(out)
      if (match?.[1]) resolve(match[1])
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`preview exited ${code}: ${out}`)))
  })
  return { child, url }
}

/** ms from setting the hash until every section has content and nothing is loading, plus one frame. */
function openTimed(page: Page, hash: string, sections: number): Promise<number> {
  return page.evaluate(
    ({ hash, sections }) =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        const ready = () => {
          const all = [...document.querySelectorAll('[id^="section-"]')]
          return (
            all.length >= sections &&
            all.every((s) => s.childElementCount > 0) &&
            !document.querySelector('[aria-busy="true"]')
          )
        }
        const poll = setInterval(() => {
          if (!ready()) return
          clearInterval(poll)
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
        }, 2)
        location.hash = hash
      }),
    { hash, sections },
  )
}

async function typeTimed(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __probe?: boolean }
    w.__lat = []
    if (w.__probe) return
    w.__probe = true
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp
        const after = () => requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0))
        document.addEventListener('input', after, { once: true, capture: true })
      },
      true,
    )
  })
  for (let i = 0; i < text.length; i += 1) {
    await page.keyboard.type(text[i] ?? ' ')
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, i + 1)
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'copil-editor-latency-'))
  const dbPath = join(dir, 'copil.sqlite')
  const ten = benchDatabase(dbPath, TEN_YEARS)
  const server = await startPreview(dbPath, dir)
  const browser = await launchChromium()
  try {
    const token = new URL(server.url).searchParams.get('token') ?? ''
    const outline: number[] = []
    for (let i = 0; i < 6; i += 1) {
      const start = performance.now()
      const response = await fetch(new URL('/api/invoke', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copil-token': token },
        body: JSON.stringify({ channel: 'meetingPlan/outline', input: { meetingId: ten.largestMeetingId } }),
      })
      const body = await response.text()
      if (i > 0) outline.push(performance.now() - start)
      if (i === 0) console.log(`outline: HTTP ${response.status}, ${body.length} bytes`)
    }
    console.log(fmt('meetingPlan/outline over HTTP', outline))

    const page = await browser.newPage({
      viewport: { width: 1360, height: 860 },
      locale: 'fr-FR',
      timezoneId: 'Africa/Casablanca',
    })
    await page.goto(server.url)
    await page.evaluate(() => (location.hash = '#/meetings'))
    await page.waitForSelector(`a[href="#/meetings/${ten.largestMeetingId}"]`, { timeout: 60_000 })
    await page.evaluate((id) => (location.hash = `#/meetings/${id}`), ten.largestMeetingId)
    await page.waitForSelector('#section-plan', { timeout: 60_000 })
    await page.waitForTimeout(2000)
    const sections = await page.evaluate(() => document.querySelectorAll('[id^="section-"]').length)
    const opened: number[] = []
    for (let i = 0; i < opens; i += 1) {
      await page.evaluate(() => (location.hash = '#/meetings'))
      await page.waitForSelector(`a[href="#/meetings/${ten.largestMeetingId}"]`)
      opened.push(await openTimed(page, `#/meetings/${ten.largestMeetingId}`, sections))
    }
    console.log(fmt(`open, ${sections} sections`, opened))
    const richTexts = await page.evaluate(() => document.querySelectorAll('.ProseMirror').length)
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
    console.log(`mounted: ${richTexts} ProseMirror editors, ${elements} elements`)

    const discussion = page.locator('[data-testid="discussion-editor-1"]')
    await discussion.scrollIntoViewIfNeeded()
    await discussion.click()
    await page.waitForSelector(
      '[data-testid="discussion-editor-1"][contenteditable="true"]:focus, [data-testid="discussion-editor-1"] [contenteditable="true"]:focus',
    )
    await page.keyboard.press('End')
    console.log(fmt('key in a discussion', await typeTimed(page, PHRASE.slice(0, keys))))

    const plan = page.locator('#section-plan')
    await plan.locator('[aria-expanded="false"]').first().click()
    const field = plan.getByRole('textbox', { name: 'État d’avancement' }).first()
    await field.scrollIntoViewIfNeeded()
    await field.click()
    await page.keyboard.press('Control+End')
    console.log(fmt('key in a progress text', await typeTimed(page, PHRASE.slice(0, keys))))
  } finally {
    await browser.close()
    server.child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
