/** How a history entry reads: its time, what changed, and the before/after as plain text with a word diff. */
import { richPlainTextLoose, type RichDoc } from '../domain/rich-text'
import type { HistoryEntry } from '../domain/history'
import { LANGUAGE_NAMES, type Language } from '../i18n/languages'
import { formatPercent } from '../plan/bands'
import { formatLongDateIn } from '../text/dates'

const TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Africa/Casablanca',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** « 12/03/2026 14:05 », in Morocco's time. */
export function formatHistoryTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : TIME.format(date).replace(',', '')
}

/** A recorded value as a reader sees it: rich text as its plain text, a period as its text, nothing as ''. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'string') return String(value)
  if (!value.startsWith('{')) return value
  try {
    const parsed = JSON.parse(value) as { type?: unknown; text?: unknown; label?: unknown }
    if (parsed.type === 'doc') return richPlainTextLoose(parsed as RichDoc)
    if (typeof parsed.text === 'string') return parsed.text
    if (typeof parsed.label === 'string') return parsed.label
  } catch {
    // Not JSON after all: shown as written.
  }
  return value
}

export interface DiffPart {
  kind: 'same' | 'removed' | 'added'
  text: string
}

/** Beyond this many word pairs the diff is not computed (the two texts are shown whole). */
const MAX_PAIRS = 250_000

/** Word-level differences between two texts, or null when they are too long to compare quickly. */
export function wordDiff(before: string, after: string): DiffPart[] | null {
  const a = before.split(/(\s+)/u).filter((w) => w !== '')
  const b = after.split(/(\s+)/u).filter((w) => w !== '')
  if (a.length * b.length > MAX_PAIRS) return null
  // Longest common subsequence, filled from the end so the walk below goes forward.
  const rows = a.length + 1
  const cols = b.length + 1
  const lcs = new Uint32Array(rows * cols)
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * cols + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * cols + j] ?? 0, lcs[i * cols + j + 1] ?? 0)
    }
  }
  const parts: DiffPart[] = []
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1)
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i] ?? '')
      i += 1
      j += 1
    } else if (j < b.length && (i >= a.length || (lcs[i * cols + j + 1] ?? 0) >= (lcs[(i + 1) * cols + j] ?? 0))) {
      push('added', b[j] ?? '')
      j += 1
    } else {
      push('removed', a[i] ?? '')
      i += 1
    }
  }
  return parts
}

/** Consecutive entries written by one save, newest first as received. */
export function groupBySave(entries: readonly HistoryEntry[]): HistoryEntry[][] {
  const groups: HistoryEntry[][] = []
  for (const entry of entries) {
    const last = groups.at(-1)
    if (last && last[0]?.saveId === entry.saveId) last.push(entry)
    else groups.push([entry])
  }
  return groups
}

/** The changed fields worth showing, one per label (a decision's text and its rich body read as one « texte »). */
export function shownFields(entry: HistoryEntry, label: (field: string) => string): { field: string; label: string }[] {
  const seen = new Set<string>()
  const shown: { field: string; label: string }[] = []
  // The rich version of a text first: it holds the formatting the plain copy lost.
  const fields = [...entry.fields].sort((x, y) => Number(y === 'body') - Number(x === 'body'))
  for (const field of fields) {
    const name = label(field)
    if (seen.has(name)) continue
    seen.add(name)
    shown.push({ field, label: name })
  }
  return shown
}

/** The vocabulary a coded column's values are named by, per table (`*` for any table). */
const CODES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: {
    meetings: 'meetingStatuses',
    attendance: 'attendance',
    next_steps: 'nextStepStatuses',
    decision_register: 'registers.decisionStatuses',
    action_follow_ups: 'registers.actionStatuses',
  },
  kind: { meetings: 'meetingKinds', replans: 'replanKinds' },
  mode: { meetings: 'meetingModes' },
  side: { '*': 'sides' },
  role: { '*': 'roles' },
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u

export type Translate = (key: string, options: { defaultValue: string }) => string

/**
 * A recorded value as the editor shows it, in the interface's language: a code by its name
 * (« en_cours » → « En cours »), a date in words, a percentage with « % », the relevé's language by
 * its name; anything else as plainValue gives it. A code the vocabulary does not know stays as stored.
 */
export function shownValue(table: string, field: string, value: unknown, t: Translate, language: Language): string {
  const text = plainValue(value)
  if (text === '') return ''
  const codes = CODES[field]
  const group = codes?.[table] ?? codes?.['*']
  if (group !== undefined) return t(`${group}.${text}`, { defaultValue: text })
  if (field === 'language' && (text === 'fr' || text === 'ar')) return LANGUAGE_NAMES[text]
  if (field === 'percent' && text.trim() !== '' && Number.isFinite(Number(text))) return formatPercent(Number(text))
  if (ISO_DATE.test(text)) return formatLongDateIn(language, text)
  return text
}
