/**
 * Measuring aid: one Chromium trace of opening the largest meeting's editor (ten-year database),
 * summarised by main-thread event (self time) plus a JS CPU profile's top functions.
 *   npx node dist/main/editor-trace.cjs <dist/main> [out.json]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { benchDatabase } from '../main/bench/database'
import { TEN_YEARS } from '../main/bench/generate'
import { launchChromium } from '../main/bench/chromium'

async function startPreview(mainDir: string, dbPath: string, dir: string) {
  const child = spawn(process.execPath, [join(mainDir, 'web.cjs'), '--port', '0', '--db', dbPath], { env: { ...process.env, COPIL_DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await new Promise<string>((ok, ko) => {
    let out = ''
    const onData = (c: Buffer) => {
      out += c.toString('utf8')
      const m = /aperçu navigateur : (http:\/\/\S+)/.exec(out)
      if (m?.[1]) ok(m[1])
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => ko(new Error(`exit ${code}: ${out}`)))
  })
  return { child, url }
}
const SECTIONS = `[...document.querySelectorAll('[id^="section-"]')].filter((s) => !s.id.endsWith('-title'))`
const READY = `${SECTIONS}.length > 0 && !document.querySelector('[aria-busy="true"]') && ${SECTIONS}.every((s) => s.childElementCount > 0)`
function nav(page: Page, hash: string, ready: string): Promise<number> {
  return page.evaluate(
    ({ hash, ready }) =>
      new Promise<number>((res) => {
        const holds = new Function(`return (${ready})`) as () => boolean
        const start = performance.now()
        performance.mark('open-start')
        const done = () => {
          observer.disconnect()
          clearInterval(poll)
          performance.mark('open-ready')
          requestAnimationFrame(() => setTimeout(() => { performance.mark('open-painted'); res(performance.now() - start) }, 0))
        }
        const check = () => { if (holds()) done() }
        const observer = new MutationObserver(check)
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true })
        const poll = setInterval(check, 5)
        location.hash = hash
      }),
    { hash, ready },
  )
}
async function main() {
  const mainDir = resolve(process.argv[2] ?? 'dist/main')
  const out = process.argv[3] ?? '/tmp/eo/trace.json'
  const dir = mkdtempSync(join(tmpdir(), 'copil-editor-trace-'))
  const ten = benchDatabase(join(dir, 'a.sqlite'), TEN_YEARS)
  const id = ten.largestMeetingId
  const server = await startPreview(mainDir, join(dir, 'a.sqlite'), dir)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'fr-FR', timezoneId: 'Africa/Casablanca', bypassCSP: true })
    await page.goto(server.url)
    const list = `!!document.querySelector('a[href="#/meetings/${id}"]')`
    await nav(page, '#/meetings', list)
    await nav(page, `#/meetings/${id}`, READY)
    await nav(page, '#/meetings', list)
    await nav(page, `#/meetings/${id}`, READY)
    await nav(page, '#/meetings', list)
    await page.waitForTimeout(500)
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-v8.cpu_profiler', 'loading', 'netlog', 'disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack', 'toplevel', 'blink', 'renderer.scheduler', 'autofill'] })
    const ms = await nav(page, `#/meetings/${id}`, READY)
    const buf = await browser.stopTracing()
    writeFileSync(out, buf)
    console.log(`open ${ms.toFixed(1)} ms; trace ${out}`)
  } finally {
    await browser.close()
    server.child.kill('SIGTERM')
  }
}
void main().catch((e: unknown) => { console.error(e); process.exit(1) })
