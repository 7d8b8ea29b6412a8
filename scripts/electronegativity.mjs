// Runs Electronegativity (offline) on the Electron code and fails on any HIGH or MEDIUM finding.
// The tool exits 0 whatever it finds, so its SARIF report is read here.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Global checks (CSP, navigation limits, permission handler) look across files, so main/ (with the
// preload) and renderer/ are scanned together, as one application.
const dir = mkdtempSync(join(tmpdir(), 'copil-eng-'))
const app = join(dir, 'app')
for (const folder of ['main', 'renderer']) cpSync(folder, join(app, folder), { recursive: true })
let failures = 0
let total = 0
try {
  for (const target of [app]) {
    const out = join(dir, 'result.sarif')
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/@doyensec/electronegativity/dist/index.js',
        '-i', target,
        '-x', 'AvailableSecurityFixesGlobalCheck',
        '-e', '45.0.0',
        '-o', out,
        '-v', 'false',
      ],
      { encoding: 'utf8' },
    )
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr)
      throw new Error(`Electronegativity failed on ${target}`)
    }
    const sarif = JSON.parse(readFileSync(out, 'utf8'))
    for (const result of sarif.runs?.[0]?.results ?? []) {
      total += 1
      const rule = sarif.runs[0].tool.driver.rules?.find((r) => r.id === result.ruleId)
      const severity = (rule?.properties?.severity ?? result.level ?? '').toString().toUpperCase()
      const where = result.locations?.[0]?.physicalLocation
      const location = where ? `${where.artifactLocation?.uri}:${where.region?.startLine}` : target
      const serious = severity.includes('HIGH') || severity.includes('MEDIUM') || result.level === 'error' || result.level === 'warning'
      if (serious) failures += 1
      console.log(`${serious ? 'ÉCHEC' : 'info '} ${result.ruleId} (${severity || result.level}) ${location.replace(app + '/', '')}`)
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(`Electronegativity : ${total} constat(s), ${failures} de gravité moyenne ou haute.`)
process.exit(failures > 0 ? 1 : 0)
