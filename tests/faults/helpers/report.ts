/** Where each fault test leaves its counts, for `npm run test:faults` to sum up in a table. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The folder of the JSON counts (gitignored with test-results/). */
export const FAULT_RESULTS_DIR = join(process.cwd(), 'test-results', 'faults')

/** True in `npm run test:faults`: the full numbers the issue requires, whatever they cost. */
export const FAULTS_FULL = process.env.FAULTS_FULL === '1'

/** Writes test-results/faults/<name>.json. */
export function writeFaultReport(name: string, counts: Record<string, unknown>): void {
  mkdirSync(FAULT_RESULTS_DIR, { recursive: true })
  writeFileSync(
    join(FAULT_RESULTS_DIR, `${name}.json`),
    `${JSON.stringify({ name, full: FAULTS_FULL, ...counts }, null, 2)}\n`,
  )
}
