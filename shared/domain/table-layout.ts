/**
 * Column widths of a table from its content, as HTML's automatic table layout gives them: each
 * column's minimum is its longest word, its preferred width its longest line. The PDF and the
 * Word walkers share it (each measures text with its own font metrics and units).
 *
 * Rules, in order:
 * - when every preferred width fits, the columns get them, stretched in proportion to fill the
 *   frame (a table spans the text width, as the relevé's tables always have);
 * - when only the minimums fit, each column gets its minimum plus a share of the remaining room in
 *   proportion to what it lacks (max − min): no word is broken, and a column of short figures
 *   stays narrow while long texts share the room;
 * - when even the minimums do not fit, the columns with the longest words are narrowed to a
 *   common cap and only their words break: every other column keeps its minimum.
 */

/** What one cell asks of the columns it covers (widths in any unit, padding included). */
export interface ColumnExtent {
  /** First column of the cell. */
  col: number
  /** Columns it spans (1 for a plain cell). */
  span: number
  /** Its longest unbreakable piece: a word, a list label and the word after it. */
  min: number
  /** Its longest line, unwrapped. */
  max: number
}

/** A styled piece of a line (the style tells the measure which face to use). */
export interface StyledText<S> {
  text: string
  style: S
}

/** A line-block of a cell: indented by `lead` (list depth, label), then its runs. */
export interface CellLine<S> {
  lead: number
  runs: readonly StyledText<S>[]
}

/** Longest word and longest unwrapped line of a cell's lines, `pad` (left + right) added. */
export function cellExtent<S>(
  lines: readonly CellLine<S>[],
  measure: (text: string, style: S) => number,
  pad = 0,
): { min: number; max: number } {
  let min = 0
  let max = 0
  for (const line of lines) {
    let width = 0
    // A word may run across styled pieces (« co-» in bold, « création » not): measure it whole.
    let word = 0
    for (const run of line.runs) {
      const parts = run.text.split('\n')
      parts.forEach((part, k) => {
        if (k > 0) {
          // A line break inside a run ends a line and a word.
          width = 0
          word = 0
        }
        const pieces = part.split(/[ \t]/u)
        pieces.forEach((piece, i) => {
          if (i > 0) {
            width += measure(' ', run.style)
            word = 0
          }
          const w = piece ? measure(piece, run.style) : 0
          width += w
          word += w
          min = Math.max(min, line.lead + word)
        })
        max = Math.max(max, line.lead + width)
      })
    }
    max = Math.max(max, line.lead)
  }
  return { min: min + pad, max: Math.max(max, min) + pad }
}

/**
 * Widths of `columns` columns sharing `available`, from the extents of the cells: never less than
 * `minColumn` each, summing to `available` exactly.
 */
export function autoColumnWidths(
  extents: readonly ColumnExtent[],
  columns: number,
  available: number,
  minColumn = 0,
): number[] {
  if (columns <= 0) return []
  const min = new Array<number>(columns).fill(minColumn)
  const max = new Array<number>(columns).fill(minColumn)
  for (const e of extents) {
    if (e.span !== 1 || e.col < 0 || e.col >= columns) continue
    min[e.col] = Math.max(min[e.col] ?? 0, e.min)
    max[e.col] = Math.max(max[e.col] ?? 0, e.max)
  }
  // A spanning cell widens the columns it covers when they are too narrow together, in
  // proportion to what they already ask (evenly when they ask nothing).
  for (const e of [...extents].filter((x) => x.span > 1).sort((a, b) => a.span - b.span)) {
    const cols = Array.from({ length: Math.min(e.span, columns - e.col) }, (_, k) => e.col + k)
    widen(min, cols, e.min)
    widen(max, cols, e.max)
  }
  for (let c = 0; c < columns; c++) max[c] = Math.max(max[c] ?? 0, min[c] ?? 0)
  const sumMin = sum(min)
  const sumMax = sum(max)
  if (sumMax <= available) return sumMax > 0 ? max.map((w) => (w * available) / sumMax) : even(columns, available)
  if (sumMin <= available) {
    const extra = available - sumMin
    const lack = sumMax - sumMin
    return min.map((w, c) => w + (((max[c] ?? w) - w) * extra) / lack)
  }
  return capped(min, available, minColumn)
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

function even(columns: number, available: number): number[] {
  return new Array<number>(columns).fill(available / columns)
}

function widen(widths: number[], cols: readonly number[], need: number): void {
  const have = cols.reduce((s, c) => s + (widths[c] ?? 0), 0)
  const lack = need - have
  if (lack <= 0 || cols.length === 0) return
  for (const c of cols) {
    const share = have > 0 ? (widths[c] ?? 0) / have : 1 / cols.length
    widths[c] = (widths[c] ?? 0) + lack * share
  }
}

/**
 * The minimums do not fit: find the cap such that every column narrower than it keeps its
 * minimum and the wider ones all get the cap (water-filling), so that only the longest words break.
 */
function capped(min: readonly number[], available: number, minColumn: number): number[] {
  const columns = min.length
  const floor = Math.min(minColumn, available / columns)
  const sorted = [...min].sort((a, b) => a - b)
  let below = 0
  let cap = available / columns
  for (let k = 0; k < columns; k++) {
    // With the k narrowest columns kept, the others share what is left.
    const candidate = (available - below) / (columns - k)
    if (candidate <= (sorted[k] ?? 0)) {
      cap = candidate
      break
    }
    below += sorted[k] ?? 0
    cap = candidate
  }
  cap = Math.max(cap, floor)
  const widths = min.map((w) => Math.max(floor, Math.min(w, cap)))
  // Rounding and the floor may leave a small difference: the widest columns absorb it.
  const diff = available - sum(widths)
  const wide = widths.map((w, c) => ({ w, c })).filter((x) => x.w >= cap - 1e-9)
  const targets = wide.length > 0 ? wide : widths.map((w, c) => ({ w, c }))
  for (const t of targets) widths[t.c] = (widths[t.c] ?? 0) + diff / targets.length
  return widths
}
