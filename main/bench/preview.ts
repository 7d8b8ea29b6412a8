/**
 * What a user feels in Chromium, through the browser preview (`dist/main/web.cjs`, the real
 * services, the built renderer) on the ten-year database: the meetings list on screen, the editor
 * of the largest meeting until every section responds, and key-to-screen latency while typing in a
 * discussion and in an engagement's progress text. Elements are found by stable anchors
 * (`#section-<id>`, `#/meetings/<id>` links, test ids, field labels), not by the editor's layout.
 *
 * Key-to-screen: from the key event's timestamp (taken by the browser when the key arrived, so a
 * busy page counts) to the first frame painted after the page handled it (rAF, then a task); no
 * fixed sleep anywhere: each step waits for what the page shows.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { planUi } from '../../shared/i18n/fr/plan-ui'
import { launchChromium } from './chromium'
import type { BenchRow } from './readme-section'
import { fmtMs, progress, summarise } from './stats'

export interface RecordedCall {
  channel: string
  input: unknown
}

async function startPreview(dbPath: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, 'web.cjs'), '--port', '0', '--db', dbPath], {
    env: { ...process.env, COPIL_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`aperçu non démarré :\n${out}`)), 60_000)
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const match = /aperçu navigateur : (http:\/\/\S+)/.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`aperçu arrêté (${code}) :\n${out}`)))
  })
  return { child, url }
}

/** Sets the hash and resolves with the ms until `ready` holds, then one frame is painted. */
function navigateTimed(page: Page, hash: string, ready: string): Promise<number> {
  return page.evaluate(
    ({ hash, ready }) =>
      new Promise<number>((resolve, reject) => {
        const holds = new Function(`return (${ready})`) as () => boolean
        const start = performance.now()
        const timeout = setTimeout(() => reject(new Error(`pas prêt : ${hash} — ${document.body.innerText.slice(0, 300)}`)), 180_000)
        const done = () => {
          observer.disconnect()
          clearInterval(poll)
          clearTimeout(timeout)
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

/**
 * Installs the key-to-screen probe: at each keydown (captured first), a frame callback then a task;
 * the browser handles the key (text inserted, input handlers, React's render) before the next frame,
 * so the task runs once that frame is painted. A character typed without a keydown (Playwright
 * inserts « é » as text, as an input method does) starts from its beforeinput event instead.
 * One sample per key, in window.__keyLatency.
 */
async function installKeyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyLatency: number[]; __keyProbe?: boolean; __keyPending?: boolean }
    w.__keyLatency = []
    if (w.__keyProbe) return
    w.__keyProbe = true
    const sample = (start: number) => {
      w.__keyPending = true
      requestAnimationFrame(() =>
        setTimeout(() => {
          w.__keyPending = false
          w.__keyLatency.push(performance.now() - start)
        }, 0),
      )
    }
    document.addEventListener('keydown', (event) => sample(event.timeStamp), true)
    document.addEventListener('beforeinput', (event) => {
      if (!w.__keyPending) sample(event.timeStamp)
    }, true)
  })
}

/** Types `text` into `field` a key at a time, each once the previous one is on screen; checks it arrived. */
async function typeTimed(page: Page, field: Locator, text: string): Promise<number[]> {
  await field.scrollIntoViewIfNeeded()
  await field.click()
  await field.evaluate((el) => {
    if (!el.contains(document.activeElement)) (el as HTMLElement).focus()
  })
  await page.keyboard.press('End')
  await installKeyProbe(page)
  for (let i = 0; i < text.length; i += 1) {
    await page.keyboard.type(text[i] ?? ' ')
    await page
      .waitForFunction((n) => (window as unknown as { __keyLatency: number[] }).__keyLatency.length >= n, i + 1, { timeout: 120_000, polling: 20 })
      .catch(async (error: unknown) => {
        const seen = await page.evaluate(() => ({
          samples: (window as unknown as { __keyLatency?: number[] }).__keyLatency?.length,
          focus: document.activeElement?.outerHTML.slice(0, 160),
          visible: document.visibilityState,
        }))
        throw new Error(`touche ${i + 1} jamais à l’écran (${JSON.stringify(seen)}) : ${(error as Error).message}`)
      })
  }
  const tail = text.trim().slice(-12)
  const shown = await field.evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')))
  if (!shown.includes(tail)) throw new Error(`les touches ne sont pas arrivées dans le champ (« ${tail} » absent)`)
  return page.evaluate(() => (window as unknown as { __keyLatency: number[] }).__keyLatency)
}

export interface PreviewPlan {
  opens: number
  keys: number
}
export const FULL_PREVIEW: PreviewPlan = { opens: 7, keys: 60 }
export const QUICK_PREVIEW: PreviewPlan = { opens: 2, keys: 10 }
const PHRASE = ' le comité a validé la feuille de route et demande un point en septembre, 12 % restant à engager'

export async function previewRows(
  dbPath: string,
  dataDir: string,
  meetingId: number,
  plan: PreviewPlan,
): Promise<{ rows: BenchRow[]; editorCalls: RecordedCall[] }> {
  const server = await startPreview(dbPath, dataDir)
  const browser = await launchChromium()
  const rows: BenchRow[] = []
  const editorCalls: RecordedCall[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'fr-FR', timezoneId: 'Africa/Casablanca', bypassCSP: true })
    await page.goto(server.url)
    await page.waitForLoadState('load')
    const listReady = `!!document.querySelector('a[href="#/meetings/${meetingId}"]')`
    const busy = `!document.querySelector('[aria-busy="true"]')`
    // The editor's sections are `#section-<id>` (their headings are `#section-<id>-title`): ready when
    // every section has its content and nothing on the page says it is still loading.
    const SECTIONS = `[...document.querySelectorAll('[id^="section-"]')].filter((s) => !s.id.endsWith('-title'))`
    const editorReady = `${SECTIONS}.length > 0 && ${busy} && ${SECTIONS}.every((s) => s.childElementCount > 0)`
    // A first visit of each page, not timed (code, fonts), recording the calls the editor makes.
    await navigateTimed(page, '#/meetings', listReady)
    const recording = (request: { url(): string; postData(): string | null }) => {
      if (!request.url().endsWith('/api/invoke')) return
      const body = JSON.parse(request.postData() ?? '{}') as RecordedCall
      editorCalls.push({ channel: body.channel, input: body.input })
    }
    page.on('request', recording)
    await navigateTimed(page, `#/meetings/${meetingId}`, editorReady)
    page.off('request', recording)
    const sections = await page.evaluate((query) => (new Function(`return ${query}`) as () => Element[])().length, SECTIONS)

    const opens: number[] = []
    const lists: number[] = []
    for (let i = 0; i < plan.opens; i += 1) {
      lists.push(await navigateTimed(page, '#/meetings', listReady))
      opens.push(await navigateTimed(page, `#/meetings/${meetingId}`, editorReady))
    }
    const open = summarise(opens)
    const list = summarise(lists)
    progress(`éditeur interactif ${fmtMs(open.measuredMs)}, liste ${fmtMs(list.measuredMs)}`)
    rows.push({
      name: 'Éditeur de la plus grande réunion, interactif (Chromium)',
      budgetMs: 500,
      ...open,
      note: `${sections} sections présentes, rien en chargement ; ${editorCalls.length} appels à l’ouverture ; depuis la liste des réunions`,
    })
    rows.push({ name: 'Liste des réunions à l’écran (Chromium, dix ans)', budgetMs: 300, ...list, note: 'budget du bench ; depuis l’éditeur' })

    // Typing in the first discussion.
    const discussion = page.locator('[data-testid^="discussion-editor-"] [contenteditable="true"], [data-testid^="discussion-editor-"][contenteditable="true"]').first()
    const typed = summarise(await typeTimed(page, discussion, PHRASE.slice(0, plan.keys)))
    rows.push({ name: 'Touche à l’écran, discussion (Chromium)', budgetMs: 50, ...typed, judgedOn: 'p95', note: `${plan.keys} touches ; le budget vaut pour le p95` })
    progress(`touche discussion p50 ${fmtMs(typed.measuredMs)}, p95 ${fmtMs(typed.p95Ms)}`)

    // Typing in an engagement's progress text (opened first if the plan section shows engagements on demand).
    const label = planUi.meetingSection.narrative
    const plan_ = page.locator('#section-plan')
    let field = plan_.getByRole('textbox', { name: label }).first()
    if ((await field.count()) === 0) {
      await plan_.locator('[aria-expanded="false"]').first().click()
      field = plan_.getByRole('textbox', { name: label }).first()
    }
    const planTyped = summarise(await typeTimed(page, field, PHRASE.slice(0, plan.keys)))
    rows.push({ name: 'Touche à l’écran, avancement d’un engagement (Chromium)', budgetMs: 50, ...planTyped, judgedOn: 'p95', note: `${plan.keys} touches ; le budget vaut pour le p95` })
    progress(`touche avancement p50 ${fmtMs(planTyped.measuredMs)}, p95 ${fmtMs(planTyped.p95Ms)}`)
  } finally {
    await browser.close()
    server.child.kill('SIGTERM')
  }
  return { rows, editorCalls }
}
