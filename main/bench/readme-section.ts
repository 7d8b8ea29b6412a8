/**
 * The README's « Performance » section, generated from the results file the bench writes
 * (bench/results.json, rewritten by every full `npm run bench`): no figure is typed by hand.
 */

export interface BenchRow {
  name: string
  /** What the figures count: milliseconds (the default), kilobytes or megabytes. */
  unit?: 'ms' | 'Ko' | 'Mo'
  /** The row passes when its median (or its p95, see judgedOn) is at most this. */
  budgetMs: number
  /** 'p95' when the budget is for the 95th percentile (key-to-screen latency). */
  judgedOn?: 'median' | 'p95'
  /** The median of the runs. */
  measuredMs: number
  p95Ms?: number
  /** The spread of the runs: fastest and slowest. */
  minMs?: number
  maxMs?: number
  runs?: number
  /** Exports in a fresh process: the kernel's RSS high-water mark, its growth during the export, the V8 heap. */
  memory?: { peakRssMb: number; rssGrowthMb: number; heapMb: number }
  note?: string
}

export interface BenchResults {
  generatedAt: string
  machine: {
    cpus: number
    cpuModel: string
    memoryGiB: number
    node: string
    platform: string
    /** One-minute load average when the bench started and when it ended. */
    loadStart: number
    loadEnd: number
    /** How long the whole run took (`npm run bench`: the build included). */
    durationS?: number
    /** The last `npm run bench -- --quick` on this machine, build included (budget: QUICK_BUDGET_S). */
    quickRun?: QuickRun
    /** What the person who ran it says of the machine (COPIL_BENCH_MACHINE): quiet, shared, … */
    description?: string
  }
  rows: BenchRow[]
}

/** A quick run: when, how long the whole command took, the load around it, how many rows were within budget. */
export interface QuickRun {
  at: string
  durationS: number
  loadStart: number
  loadEnd: number
  within: number
  rows: number
}

/** `npm run bench -- --quick` answers within two minutes (issue 16). */
export const QUICK_BUDGET_S = 120

function quickSentence(quick: QuickRun | undefined): string {
  if (!quick) return ''
  const state = quick.durationS <= QUICK_BUDGET_S ? 'dans le budget' : '**dépassé**'
  return ` Bench rapide (\`npm run bench -- --quick\`, construction comprise) : ${quick.durationS} s le ${quick.at.slice(0, 10)}, budget ${QUICK_BUDGET_S} s, ${state} (charge ${quick.loadStart.toFixed(1)} → ${quick.loadEnd.toFixed(1)}).`
}

/** Within budget: the median, or the p95 for rows judged on it. */
export function passes(row: BenchRow): boolean {
  const figure = row.judgedOn === 'p95' ? (row.p95Ms ?? row.measuredMs) : row.measuredMs
  return figure <= row.budgetMs
}

export const BEGIN =
  '<!-- performance:debut — généré par npm run bench depuis bench/results.json, ne pas modifier à la main -->'
export const END = '<!-- performance:fin -->'

const number = (value: number, digits: number): string =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value).replace(/\s/g, '\u202f')
const ms = (value: number, unit: BenchRow['unit'] = 'ms'): string => `${number(value, unit === 'Ko' ? 0 : 1)} ${unit}`
const cell = (text: string): string => text.replace(/\|/g, '\\|')

export function renderPerformance(results: BenchResults): string {
  const { machine } = results
  const within = results.rows.filter(passes).length
  const lines = [
    BEGIN,
    `Dernière mesure complète : ${results.generatedAt.slice(0, 10)}, ${machine.cpus} cœurs (${cell(machine.cpuModel)}), ${machine.memoryGiB} Gio, Node ${machine.node}, ${machine.platform} ; charge moyenne ${machine.loadStart.toFixed(1)} au début, ${machine.loadEnd.toFixed(1)} à la fin${machine.durationS === undefined ? '' : `, ${machine.durationS} s de mesure`}.${machine.description ? ` ${cell(machine.description)}.` : ''} ${within} mesures sur ${results.rows.length} dans leur budget.${quickSentence(machine.quickRun)}`,
    '',
    '| mesure | budget | médiane | p95 | min-max | état | détail |',
    '|---|---|---|---|---|---|---|',
    ...results.rows.map((row) =>
      [
        '',
        cell(row.name),
        `${row.judgedOn === 'p95' ? 'p95 ' : ''}${ms(row.budgetMs, row.unit)}`,
        ms(row.measuredMs, row.unit),
        row.p95Ms === undefined ? '' : ms(row.p95Ms, row.unit),
        row.minMs === undefined || row.maxMs === undefined ? '' : `${ms(row.minMs, row.unit)} - ${ms(row.maxMs, row.unit)}`,
        passes(row) ? 'dans le budget' : '**dépassé**',
        cell(row.note ?? ''),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    END,
  ]
  return lines.join('\n')
}

export function replaceSection(readme: string, section: string): string {
  const start = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error('README.md: the « Performance » markers are missing')
  return readme.slice(0, start) + section + readme.slice(end + END.length)
}

export function currentSection(readme: string): string | undefined {
  const start = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  return start < 0 || end < start ? undefined : readme.slice(start, end + END.length)
}
