/**
 * Measuring aid: a JS CPU profile (CDP Profiler) of opening the largest meeting's editor (ten-year
 * database), summarised by function self time.  npx node dist/main/editor-profile.cjs <dist/main> [opens=3]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { benchDatabase } from '../main/bench/database'
import { TEN_YEARS } from '../main/bench/generate'
import { launchChromium } from '../main/bench/chromium'

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function main() {
  const mainDir = resolve(process.argv[2] ?? 'dist/main')
  const opens = Number(process.argv[3] ?? 3)
  const dir = mkdtempSync(join(tmpdir(), 'copil-editor-profile-'))
  const ten = benchDatabase(join(dir, 'a.sqlite'), TEN_YEARS)
  const id = ten.largestMeetingId
  const child = spawn(process.execPath, [join(mainDir, 'web.cjs'), '--port', '0', '--db', join(dir, 'a.sqlite')], { env: { ...process.env, COPIL_DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await new Promise<string>((ok) => {
    let out = ''
    const f = (c: Buffer) => {
      out += c.toString('utf8')
      const m = /aperçu navigateur : (http:\/\/\S+)/.exec(out)
      if (m?.[1]) ok(m[1])
    }
    child.stdout.on('data', f)
    child.stderr.on('data', f)
  })
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'fr-FR', timezoneId: 'Africa/Casablanca' })
    const cdp = await page.context().newCDPSession(page)
    await page.goto(url + '#/meetings')
    await page.waitForSelector(`a[href="#/meetings/${id}"]`)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    const self = new Map<string, number>()
    for (let i = 0; i <= opens; i += 1) {
      if (i > 0) await cdp.send('Profiler.start')
      await page.evaluate((id) => (location.hash = `#/meetings/${id}`), id)
      await page.waitForSelector('#section-nextSteps .list-row')
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
      if (i > 0) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
        const byId = new Map(profile.nodes.map((n) => [n.id, n]))
        profile.samples.forEach((s, k) => {
          const n = byId.get(s)
          if (!n) return
          const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`
          self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000)
        })
      }
      await page.evaluate(() => (location.hash = '#/meetings'))
      await page.waitForSelector(`a[href="#/meetings/${id}"]`)
    }
    const rows = [...self.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1])
    const total = rows.reduce((s, [, v]) => s + v, 0)
    console.log(`total sampled ${(total / opens).toFixed(1)} ms per open`)
    for (const [k, v] of rows.slice(0, 40)) console.log(`${(v / opens).toFixed(1).padStart(7)} ms  ${k}`)
  } finally {
    await browser.close()
    child.kill('SIGTERM')
  }
}
void main().catch((e: unknown) => { console.error(e); process.exit(1) })
