// `npm run test:faults`: the reliability tests with the full numbers the secretariat was promised
// (FAULTS_FULL=1), the Electron glue on the built bundle, then the autosave and recovery end-to-end
// tests in Chromium. It writes one results file (test-results/faults/results.json, copied to
// docs/fiabilite.json), regenerates the README's « Fiabilité » section from it (scripts/fiabilite.ts)
// and prints the table. Exit 1 if a test failed or a count that must hold does not.
//
// `npm run test:faults -- --readme-only` rewrites the README section from docs/fiabilite.json alone.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ROWS, renderFiabilite, replaceSection, rowFailure } from './fiabilite.ts'

const RESULTS = 'test-results/faults'
const SUMMARY = join(RESULTS, 'results.json')
const COMMITTED = 'docs/fiabilite.json'
const README = 'README.md'
/** Reports of the runners, not of a fault test. */
const RUNNER_REPORTS = new Set(['vitest.json', 'playwright.json', 'results.json'])
const MINIMUM = { kills: 50, payloadsPerChannel: 500, badFiles: 25 }

function writeReadme(results) {
  writeFileSync(README, replaceSection(readFileSync(README, 'utf8'), renderFiabilite(results)))
}

if (process.argv.includes('--readme-only')) {
  writeReadme(JSON.parse(readFileSync(COMMITTED, 'utf8')))
  console.log(`README.md : section « Fiabilité » réécrite depuis ${COMMITTED}.`)
  process.exit(0)
}

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
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false })
  return result.status === 0
}

// The CLI, the preview and the Electron bundle must be built from the current sources.
const outputs = ['dist/main/cli.cjs', 'dist/main/web.cjs', 'dist/renderer/index.html']
const builtAt = outputs.every((file) => existsSync(file))
  ? Math.min(...outputs.map((file) => statSync(file).mtimeMs))
  : 0
if (builtAt < newest(['main', 'renderer', 'shared', 'package.json'])) {
  console.log('━━ Build ━━')
  if (!run('npm', ['run', 'build', '--silent'])) process.exit(1)
}

rmSync(RESULTS, { recursive: true, force: true })
mkdirSync(RESULTS, { recursive: true })

console.log('\n━━ Tests de fiabilité (vitest, FAULTS_FULL=1) ━━')
const vitestOk = run(
  'vitest',
  [
    'run',
    'tests/faults',
    'tests/integration/electron',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${RESULTS}/vitest.json`,
  ],
  { FAULTS_FULL: '1' },
)

console.log('\n━━ Sauvegarde automatique et base endommagée, de bout en bout (Playwright, Chromium) ━━')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const e2eOk = existsSync(chromium)
  ? run(
      'playwright',
      [
        'test',
        'tests/e2e/meetings.spec.ts',
        'tests/e2e/recovery.spec.ts',
        '-g',
        'hard kill|damaged database',
        '--reporter=list,json',
      ],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: `${RESULTS}/playwright.json` },
    )
  : (console.log(`Chromium absent (${chromium}) : épreuves de bout en bout non lancées.`), true)

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined)
const status = (text) =>
  text === 'passed' || text === 'expected'
    ? 'passed'
    : ['failed', 'unexpected', 'flaky'].includes(text)
      ? 'failed'
      : 'skipped'

/** Every test the runners report, by file (from the project root) and full name. */
function outcomes() {
  const tests = []
  for (const file of readJson(join(RESULTS, 'vitest.json'))?.testResults ?? []) {
    for (const a of file.assertionResults ?? [])
      tests.push({
        file: relative('.', file.name),
        name: [...(a.ancestorTitles ?? []), a.title].join(' > '),
        status: status(a.status),
      })
  }
  const playwright = readJson(join(RESULTS, 'playwright.json'))
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      const file = relative('.', resolve(playwright.config?.rootDir ?? '.', spec.file ?? suite.file ?? ''))
      for (const test of spec.tests ?? [])
        tests.push({ file, name: [...titles, spec.title].join(' > '), status: status(test.status) })
    }
    for (const child of suite.suites ?? [])
      walk(child, suite.title && !suite.file?.endsWith(suite.title) ? [...titles, suite.title] : titles)
  }
  for (const suite of playwright?.suites ?? []) walk(suite, [])
  return tests
}

const files = Object.fromEntries(
  readdirSync(RESULTS)
    .filter((name) => name.endsWith('.json') && !RUNNER_REPORTS.has(name))
    .sort()
    .map((name) => [name.replace(/\.json$/, ''), readJson(join(RESULTS, name))]),
)
const results = {
  generatedAt: new Date().toISOString(),
  full: true,
  ...(files['crash-safety']?.database ? { database: files['crash-safety'].database } : {}),
  files,
  tests: outcomes(),
}
writeFileSync(SUMMARY, `${JSON.stringify(results, null, 2)}\n`)
mkdirSync('docs', { recursive: true })
copyFileSync(SUMMARY, COMMITTED)
writeReadme(results)

const width = Math.max(...ROWS.map((row) => row.label.length))
console.log('\n━━ Fiabilité — résumé (README.md et docs/fiabilite.json réécrits) ━━')
for (const row of ROWS) {
  const counts = files[row.source]
  console.log(`${row.label.padEnd(width)}  ${counts ? row.value(counts) : `— (${row.source} n’a pas tourné)`}`)
}

const failures = ROWS.map((row) => rowFailure(row, files)).filter((failure) => failure !== undefined)
if (!vitestOk) failures.push('un test de fiabilité a échoué')
if (!e2eOk) failures.push('une épreuve de bout en bout a échoué')
const { 'crash-safety': crash, 'fuzz-api': fuzz, 'bad-files': bad } = files
if (crash && crash.killsTried < MINIMUM.kills) failures.push(`arrêts brutaux : ${crash.killsTried} < ${MINIMUM.kills}`)
if (fuzz && fuzz.runsPerChannel < MINIMUM.payloadsPerChannel)
  failures.push(`fuzz : ${fuzz.runsPerChannel} appels par canal < ${MINIMUM.payloadsPerChannel}`)
if (bad && bad.tried < MINIMUM.badFiles) failures.push(`fichiers défectueux : ${bad.tried} < ${MINIMUM.badFiles}`)

console.log(failures.length === 0 ? '\nTout a tenu.' : `\nÉchecs :\n- ${[...new Set(failures)].join('\n- ')}`)
process.exit(failures.length === 0 ? 0 : 1)
