/**
 * Measuring aid (not part of the app or the bench): A/B of the meeting editor's opening time on the
 * ten-year database, two builds side by side (`dist/` of two checkouts), alternating, in one Chromium,
 * with Chromium's own breakdown of each open (CDP Performance.getMetrics: script, style, layout).
 *
 *   npx esbuild scripts/editor-ab.ts --bundle --platform=node --format=cjs --outfile=dist/main/editor-ab.cjs \
 *     --external:better-sqlite3 --external:playwright-core
 *   npx node dist/main/editor-ab.cjs <old dist/main> <new dist/main> [rounds=8]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, copyFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { benchDatabase } from '../main/bench/database'
import { TEN_YEARS } from '../main/bench/generate'
import { launchChromium } from '../main/bench/chromium'

async function startPreview(mainDir: string, dbPath: string, dir: string) {
  const child = spawn(process.execPath, [join(mainDir, 'web.cjs'), '--port', '0', '--db', dbPath], {
    env: { ...process.env, COPIL_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((ok, ko) => {
    let out = ''
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const m = /aperçu navigateur : (http:\/\/\S+)/.exec(out)
      if (m?.[1]) ok(m[1])
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => ko(new Error(`preview exited ${code}: ${out}`)))
  })
  return { child, url }
}

const SECTIONS = `[...document.querySelectorAll('[id^="section-"]')].filter((s) => !s.id.endsWith('-title'))`
const READY = `${SECTIONS}.length > 0 && !document.querySelector('[aria-busy="true"]') && ${SECTIONS}.every((s) => s.childElementCount > 0)`

function navigateTimed(page: Page, hash: string, ready: string): Promise<number> {
  return page.evaluate(
    ({ hash, ready }) =>
      new Promise<number>((resolve) => {
        const holds = new Function(`return (${ready})`) as () => boolean
        const start = performance.now()
        const done = () => {
          observer.disconnect()
          clearInterval(poll)
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
        }
        const check = () => {
          if (holds()) done()
        }
        const observer = new MutationObserver(check)
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true })
        const poll = setInterval(check, 5)
        location.hash = hash
      }),
    { hash, ready },
  )
}

type Metrics = Record<string, number>
async function metrics(cdp: CDPSession): Promise<Metrics> {
  const r = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  return Object.fromEntries(r.metrics.map((m) => [m.name, m.value]))
}

interface Side {
  name: string
  page: Page
  cdp: CDPSession
  opens: number[]
  parts: Record<string, number[]>
}

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

async function main() {
  const [oldMain, newMain] = [resolve(process.argv[2] ?? ''), resolve(process.argv[3] ?? '')]
  const rounds = Number(process.argv[4] ?? 8)
  const dir = mkdtempSync(join(tmpdir(), 'copil-editor-ab-'))
  const ten = benchDatabase(join(dir, 'a.sqlite'), TEN_YEARS)
  copyFileSync(join(dir, 'a.sqlite'), join(dir, 'b.sqlite'))
  const id = ten.largestMeetingId
  const servers = [await startPreview(oldMain, join(dir, 'a.sqlite'), join(dir, 'a')), await startPreview(newMain, join(dir, 'b.sqlite'), join(dir, 'b'))]
  const browser = await launchChromium()
  const sides: Side[] = []
  try {
    for (const [i, s] of servers.entries()) {
      const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'fr-FR', timezoneId: 'Africa/Casablanca', bypassCSP: true })
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Performance.enable')
      await page.goto(s.url)
      await navigateTimed(page, '#/meetings', `!!document.querySelector('a[href="#/meetings/${id}"]')`)
      await navigateTimed(page, `#/meetings/${id}`, READY)
      sides.push({ name: i === 0 ? 'old' : 'new', page, cdp, opens: [], parts: {} })
    }
    for (let r = 0; r < rounds; r += 1) {
      for (const side of r % 2 ? [...sides].reverse() : sides) {
        await side.page.bringToFront()
        await navigateTimed(side.page, '#/meetings', `!!document.querySelector('a[href="#/meetings/${id}"]')`)
        await side.page.waitForTimeout(300)
        const before = await metrics(side.cdp)
        const ms = await navigateTimed(side.page, `#/meetings/${id}`, READY)
        const after = await metrics(side.cdp)
        side.opens.push(ms)
        for (const k of ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration']) {
          ;(side.parts[k] ??= []).push(((after[k] ?? 0) - (before[k] ?? 0)) * 1000)
        }
        ;(side.parts.Nodes ??= []).push(after.Nodes ?? 0)
        ;(side.parts.LayoutCount ??= []).push((after.LayoutCount ?? 0) - (before.LayoutCount ?? 0))
        ;(side.parts.RecalcStyleCount ??= []).push((after.RecalcStyleCount ?? 0) - (before.RecalcStyleCount ?? 0))
      }
    }
    for (const side of sides) {
      const elements = await side.page.evaluate(() => document.querySelectorAll('*').length)
      console.log(
        `${side.name}: open median ${med(side.opens).toFixed(1)} ms [${side.opens.map((x) => x.toFixed(0)).join(' ')}] elements ${elements} | ` +
          Object.entries(side.parts)
            .map(([k, v]) => `${k} ${med(v).toFixed(1)}`)
            .join(', '),
      )
    }
    const ratio = med(sides[1]?.opens ?? []) / med(sides[0]?.opens ?? [])
    console.log(`new/old ${ratio.toFixed(3)} — load ${loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  } finally {
    await browser.close()
    for (const s of servers) s.child.kill('SIGTERM')
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
