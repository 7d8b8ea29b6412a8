// `npm test`: typecheck, lint (with Electronegativity), build, vitest, then Playwright in Debian's
// Chromium. Every step runs even if an earlier one failed, so one run shows every problem; the
// last line sums the runners' results.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

mkdirSync('test-results', { recursive: true })
const steps = [
  { name: 'Typecheck', cmd: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'Lint', cmd: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'Electronegativity', cmd: ['node', 'scripts/electronegativity.mjs'] },
  { name: 'Build', cmd: ['npm', 'run', 'build', '--silent'] },
  { name: 'Vitest', cmd: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'] },
  { name: 'Playwright', cmd: ['playwright', 'test', '--reporter=list,json'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' } },
]

const outcomes = []
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`)
  const started = Date.now()
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env }, shell: false })
  outcomes.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 })
}

let passed = 0
let failed = 0
let skipped = 0
if (existsSync('test-results/vitest.json')) {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  passed += v.numPassedTests ?? 0
  failed += v.numFailedTests ?? 0
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
}
if (existsSync('test-results/playwright.json')) {
  const p = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'))
  passed += p.stats?.expected ?? 0
  failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0)
  skipped += p.stats?.skipped ?? 0
}

console.log('\n━━ Résumé ━━')
for (const o of outcomes) console.log(`${o.ok ? '✔' : '✘'} ${o.name.padEnd(18)} ${o.seconds.toFixed(1)} s`)
const stepFailures = outcomes.filter((o) => !o.ok).length
if (stepFailures > 0 && failed === 0) failed = stepFailures
console.log(`Total: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(outcomes.every((o) => o.ok) ? 0 : 1)
