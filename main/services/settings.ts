import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { t } from '../../shared/i18n/translate'
import { LETTERHEAD_MAX_CHARS, LETTERHEAD_MAX_LINES } from '../../shared/domain/letterhead'

/** Settings of the installation that the documents use. */
export interface DocumentSettings {
  /** Letterhead lines printed on page 1 (« Royaume du Maroc », a ministry, a department), at most three. */
  letterhead: string[]
  /** PNG or JPEG bytes of the logo, if one was chosen. */
  logo?: Uint8Array
}

/** The stored lines, or none when the value is not a JSON array of strings (never thrown away: left as it is). */
function parseLetterhead(value: string | undefined): string[] {
  if (value === undefined) return []
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? parsed.filter((line): line is string => typeof line === 'string') : []
  } catch {
    return []
  }
}

/** Reads the document settings from the settings table. */
export function getSettings(db: Db): DocumentSettings {
  const rows = db.prepare("SELECT key, value FROM settings WHERE key IN ('letterhead', 'logo')").all() as { key: string; value: string }[]
  const map = new Map(rows.map((r) => [r.key, r.value]))
  const logo = map.get('logo')
  return { letterhead: parseLetterhead(map.get('letterhead')), ...(logo ? { logo: new Uint8Array(Buffer.from(logo, 'base64')) } : {}) }
}

const refuse = (message: string, field: string) => new AppError('INVALID_INPUT', message, { [field]: message })

/**
 * The letterhead as it will be stored: each line trimmed, blank lines at the end dropped (a blank
 * line between two others keeps its place). More than three lines, or a line too long to print
 * as one line of a letterhead, is refused with a French message saying which line and by how much.
 */
export function cleanLetterhead(lines: readonly string[]): string[] {
  const trimmed = lines.map((line) => line.trim())
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop()
  if (trimmed.length > LETTERHEAD_MAX_LINES) {
    throw refuse(t('settings.letterhead.tooManyLines', { lines: trimmed.length, max: LETTERHEAD_MAX_LINES }), 'letterhead')
  }
  trimmed.forEach((line, i) => {
    const length = [...line].length
    if (length > LETTERHEAD_MAX_CHARS) {
      throw refuse(t('settings.letterhead.lineTooLong', { line: i + 1, length, max: LETTERHEAD_MAX_CHARS }), `letterhead.${i}`)
    }
  })
  return trimmed
}

/** Saves the document settings in one transaction; an empty logo removes it. Lines are checked first: a refusal changes nothing. */
export function saveSettings(db: Db, settings: { letterhead: readonly string[]; logoBase64: string | null }): void {
  const letterhead = cleanLetterhead(settings.letterhead)
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  db.transaction(() => {
    if (letterhead.length > 0) upsert.run('letterhead', JSON.stringify(letterhead))
    else db.prepare("DELETE FROM settings WHERE key = 'letterhead'").run()
    if (settings.logoBase64) upsert.run('logo', settings.logoBase64)
    else db.prepare("DELETE FROM settings WHERE key = 'logo'").run()
  })()
}

const STARTED_EMPTY = 'welcome.startedEmpty'

/**
 * Whether the user chose « Commencer avec une base vide ». Kept in the database, not in the
 * browser: another window, port or profile on the same database remembers it too.
 */
export function hasStartedEmpty(db: Db): boolean {
  return db.prepare('SELECT 1 FROM settings WHERE key = ?').get(STARTED_EMPTY) !== undefined
}

/** Remembers that the user chose to start from an empty database. */
export function rememberStartedEmpty(db: Db): void {
  db.prepare("INSERT INTO settings (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
    STARTED_EMPTY,
  )
}
