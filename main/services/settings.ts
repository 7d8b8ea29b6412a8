import type { Db } from '../db/connection'

/** Settings of the installation that the documents use. */
export interface DocumentSettings {
  /** A line printed above the committee name (« Royaume du Maroc — Ministère … »). */
  headerLine: string
  /** PNG or JPEG bytes of the logo, if one was chosen. */
  logo?: Uint8Array
}

/** Reads the document settings from the settings table. */
export function getSettings(db: Db): DocumentSettings {
  const rows = db.prepare("SELECT key, value FROM settings WHERE key IN ('headerLine', 'logo')").all() as { key: string; value: string }[]
  const map = new Map(rows.map((r) => [r.key, r.value]))
  const logo = map.get('logo')
  return { headerLine: map.get('headerLine') ?? '', ...(logo ? { logo: new Uint8Array(Buffer.from(logo, 'base64')) } : {}) }
}

/** Saves the document settings in one transaction; an empty logo removes it. */
export function saveSettings(db: Db, settings: { headerLine: string; logoBase64: string | null }): void {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  db.transaction(() => {
    upsert.run('headerLine', settings.headerLine)
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
