/**
 * Planned periods as stored: the text as typed plus its parsed JSON (NULL when the text does not
 * parse, so that it is kept and flagged « à préciser », never dropped).
 */
import { formatPeriod, parsePeriod, periodBounds, plannedPeriodSchema, type PlannedPeriod } from '../../../../shared/period'
import type { PeriodView } from '../../../../shared/domain/plan'

export interface StoredPeriod {
  text: string
  /** JSON of the parsed period, or null. */
  json: string | null
}

/**
 * Parses what the user typed into the two stored columns; `referenceDate` (the meeting's or the
 * replan's date) completes a text without a year (« fin juillet »).
 */
export function storePeriodText(text: string, referenceDate?: string): StoredPeriod {
  const trimmed = text.trim()
  if (trimmed === '') return { text: '', json: null }
  const result = parsePeriod(trimmed, referenceDate === undefined ? {} : { referenceDate })
  return { text: trimmed, json: result.ok ? JSON.stringify(result.period) : null }
}

/** Stores a period given both as text and as an already validated period (interchange files). */
export function storePeriod(text: string, period: PlannedPeriod | null): StoredPeriod {
  return { text, json: period === null ? null : JSON.stringify(period) }
}

// A plan repeats the same few periods hundreds of times: validating each distinct JSON once keeps
// the overview of a 3,200-activity plan fast. Bounded so a long session cannot grow it forever.
const cache = new Map<string, PlannedPeriod | null>()
const CACHE_LIMIT = 5_000

/** The period a stored JSON holds, or null when absent or not a valid period. */
export function readPeriod(json: string | null): PlannedPeriod | null {
  if (json === null) return null
  const known = cache.get(json)
  if (known !== undefined || cache.has(json)) return known ?? null
  let period: PlannedPeriod | null
  try {
    const parsed = plannedPeriodSchema.safeParse(JSON.parse(json))
    period = parsed.success ? parsed.data : null
  } catch {
    period = null
  }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(json, period)
  return period
}

const reread = new Map<string, PlannedPeriod | null>()

/**
 * The period of a stored text and JSON. A text stored unread (by an older version, or before the
 * parser learnt its form: « jusqu'à fin 2020 ») is read again, with the date it belongs to, so
 * that lateness and the « à préciser » count follow what the parser now understands. Nothing is
 * written: the stored text stays as typed.
 */
export function readStored(text: string, json: string | null, referenceDate?: string): PlannedPeriod | null {
  const stored = readPeriod(json)
  if (stored !== null || text.trim() === '') return stored
  const key = `${referenceDate ?? ''}\u0000${text}`
  if (reread.has(key)) return reread.get(key) ?? null
  const result = parsePeriod(text, referenceDate === undefined ? {} : { referenceDate })
  if (reread.size >= CACHE_LIMIT) reread.clear()
  reread.set(key, result.ok ? result.period : null)
  return result.ok ? result.period : null
}

/** The view of a stored period the screens show. */
export function periodView(text: string, json: string | null, referenceDate?: string): PeriodView {
  return viewOf(text, readStored(text, json, referenceDate))
}

/** The view of a period already read. */
export function viewOf(text: string, period: PlannedPeriod | null): PeriodView {
  if (period === null) {
    return { text, formatted: text, parsed: false, toClarify: text.trim() !== '', kind: null, start: null, end: null }
  }
  const bounds = periodBounds(period)
  return {
    text,
    formatted: formatPeriod(period),
    parsed: true,
    toClarify: false,
    kind: period.kind,
    start: bounds?.start ?? null,
    end: bounds?.end ?? null,
  }
}
