/**
 * The shapes of `npm run test:faults`' results and of the README « Fiabilité » section's rows and
 * claims (scripts/fiabilite.ts renders them), with the French number format they share.
 *
 * Plain TypeScript: scripts/test-faults.mjs runs these files with Node's type stripping, so imports
 * between them name the `.ts` file.
 */

/** The counts one fault test wrote (test-results/faults/<name>.json). */
export type Counts = Record<string, unknown>

export interface TestOutcome {
  /** Path from the project root: tests/faults/crash-safety.test.ts. */
  file: string
  /** Describe blocks and title, joined with « > ». */
  name: string
  status: 'passed' | 'failed' | 'skipped'
}

export interface FaultResults {
  /** ISO date of the run. */
  generatedAt: string
  /** FAULTS_FULL=1: the full numbers, not the quick ones of `npm test`. */
  full: boolean
  /** The pragmas of a connection opened by the app's own openDatabase during the run. */
  database?: { journalMode: string; synchronous: string }
  files: Record<string, Counts>
  tests: TestOutcome[]
}

/** A test that proves a claim: its file, and its title or a part of it (titles may hold counts). */
export interface Proof {
  file: string
  test: string
}

export interface Row {
  label: string
  /** The results file the value is read from; the row says it is missing when it is. */
  source: string
  value: (counts: Counts) => string
  /** What must hold for the suite to pass (a loss must be zero…). */
  holds?: (counts: Counts) => boolean
  /** Why the results file may be missing without failing the suite (a tool the test needs is absent). */
  mayBeAbsent?: string
}

export interface Claim {
  title: string
  text: (results: FaultResults) => string
  proofs: Proof[]
}

export const n = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN)
/** A count in French: « 5 522 » (narrow no-break space between thousands). */
export const fmt = (value: unknown): string =>
  Number.isFinite(n(value)) ? new Intl.NumberFormat('fr-FR').format(n(value)).replace(/\s/g, '\u202f') : '—'
export const s = (value: unknown): string => (typeof value === 'string' ? value : '')
