// `npm run test:faults`: the reliability tests with the full numbers the secretariat was promised
// (FAULTS_FULL=1), then the autosave end-to-end test in Chromium, then one table in French of what
// was tried and what survived. Exit 1 if a test failed or a number that must be zero is not.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

const RESULTS = 'test-results/faults'
const MINIMUM = { kills: 50, payloadsPerChannel: 500, badFiles: 25 }

/** Newest modification time under the given folders (sources), or of the given files (outputs). */
function newest(paths) {
  let latest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const stat = statSync(path)
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))))
    else latest = Math.max(latest, stat.mtimeMs)
  }
  return latest
}

function run(cmd, args, env = {}) {
  const started = Date.now()
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false })
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 }
}

// The CLI and the preview (for the autosave test) must be built from the current sources.
const outputs = ['dist/main/cli.cjs', 'dist/main/web.cjs', 'dist/renderer/index.html']
const builtAt = outputs.every((file) => existsSync(file))
  ? Math.min(...outputs.map((file) => statSync(file).mtimeMs))
  : 0
if (builtAt < newest(['main', 'renderer', 'shared', 'package.json'])) {
  console.log('━━ Build ━━')
  if (!run('npm', ['run', 'build', '--silent']).ok) process.exit(1)
}

rmSync(RESULTS, { recursive: true, force: true })
mkdirSync(RESULTS, { recursive: true })

console.log('\n━━ Tests de fiabilité (vitest, FAULTS_FULL=1) ━━')
const vitest = run('vitest', ['run', 'tests/faults'], { FAULTS_FULL: '1' })

console.log('\n━━ Sauvegarde automatique après un arrêt brutal (Playwright, Chromium) ━━')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
let autosave = { ran: false, passed: 0, total: 0, reason: `Chromium absent (${chromium})` }
if (existsSync(chromium)) {
  const e2e = run('playwright', ['test', 'tests/e2e/meetings.spec.ts', '-g', 'hard kill', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/autosave-playwright.json`,
  })
  const report = existsSync(`${RESULTS}/autosave-playwright.json`)
    ? JSON.parse(readFileSync(`${RESULTS}/autosave-playwright.json`, 'utf8'))
    : {}
  const stats = report.stats ?? {}
  autosave = {
    ran: true,
    passed: stats.expected ?? 0,
    total: (stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    ok: e2e.ok,
  }
}

const read = (name) => {
  const file = join(RESULTS, `${name}.json`)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
}
const crash = read('crash-safety')
const fuzz = read('fuzz-api')
const files = read('bad-files')
const disk = read('disk-full')
const pair = read('two-processes')
const exportsCheck = read('exports-inert')

const missing = (what) => `— (${what} n’a pas tourné)`
const rows = [
  [
    'Arrêts brutaux (SIGKILL) survécus / tentés',
    crash ? `${crash.killsSurvived} / ${crash.killsTried}` : missing('crash-safety'),
  ],
  ['Transactions confirmées', crash ? String(crash.acknowledged) : '—'],
  ['Transactions confirmées perdues (doit être 0)', crash ? String(crash.lost) : '—'],
  ['Transactions présentes à moitié (doit être 0)', crash ? String(crash.partial) : '—'],
  [
    'Sauvegarde automatique après arrêt brutal (Chromium)',
    autosave.ran ? `${autosave.passed} / ${autosave.total} réussi` : `non lancé : ${autosave.reason}`,
  ],
  [
    'Disque plein, base en lecture seule : écritures refusées proprement / tentées',
    disk
      ? `${disk.refusedCleanly} / ${disk.writesTried}${disk.realDiskTested ? ' (dont un vrai disque plein)' : ` (${disk.realDiskSkipReason})`}`
      : missing('disk-full'),
  ],
  ['Écritures à moitié après un refus (doit être 0)', disk ? String(disk.halfWritten) : '—'],
  [
    'Deux processus sur une base : écritures confirmées / perdues / refusées',
    pair
      ? `${pair.acknowledged} / ${pair.lost} / ${pair.refused} (+ ${pair.cliImportsOk} imports copil import-json)`
      : missing('two-processes'),
  ],
  [
    'Fuzz de l’API : cas joués (canaux × cas)',
    fuzz ? `${fuzz.casesRun} (${fuzz.channels} × ${fuzz.runsPerChannel})` : missing('fuzz-api'),
  ],
  ['Fuzz : plantages (doit être 0)', fuzz ? String(fuzz.crashes) : '—'],
  ['Fuzz : écritures par des appels refusés (doit être 0)', fuzz ? String(fuzz.writesFromRejected) : '—'],
  [
    'Fichiers défectueux traités proprement / essayés',
    files
      ? `${files.handledCleanly} / ${files.tried} (${files.refusedCleanly} refusés, ${files.importedCleanly} importés avec rapport)`
      : missing('bad-files'),
  ],
  [
    'Exports : formules / textes « =+-@ » non protégés (doivent être 0)',
    exportsCheck
      ? `${exportsCheck.formulas} / ${exportsCheck.unprotected} sur ${exportsCheck.cellsChecked} cellules de ${exportsCheck.workbooks} classeurs`
      : missing('exports-inert'),
  ],
]

const width = Math.max(...rows.map(([label]) => label.length))
console.log('\n━━ Fiabilité — résumé ━━')
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)

const failures = []
if (!vitest.ok) failures.push('un test de fiabilité a échoué')
if (autosave.ran && !autosave.ok) failures.push('le test de sauvegarde automatique a échoué')
if (
  !crash ||
  crash.killsTried < MINIMUM.kills ||
  crash.killsSurvived !== crash.killsTried ||
  crash.lost !== 0 ||
  crash.partial !== 0
)
  failures.push('arrêts brutaux')
if (
  !fuzz ||
  fuzz.runsPerChannel < MINIMUM.payloadsPerChannel ||
  fuzz.crashes !== 0 ||
  fuzz.writesFromRejected !== 0 ||
  fuzz.problems !== 0
)
  failures.push('fuzz de l’API')
if (!files || files.tried < MINIMUM.badFiles || files.handledCleanly !== files.tried)
  failures.push('fichiers défectueux')
if (!disk || disk.halfWritten !== 0 || disk.refusedCleanly !== disk.writesTried) failures.push('disque plein')
if (!pair || pair.lost !== 0 || pair.refused !== 0 || pair.unexpected !== 0 || pair.integrity !== 'ok')
  failures.push('deux processus')
if (!exportsCheck || exportsCheck.formulas !== 0 || exportsCheck.unprotected !== 0 || exportsCheck.unsafeNames !== 0)
  failures.push('exports')

console.log(failures.length === 0 ? '\nTout a tenu.' : `\nÉchecs : ${failures.join(', ')}.`)
process.exit(failures.length === 0 ? 0 : 1)
