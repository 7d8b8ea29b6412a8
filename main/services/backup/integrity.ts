import Database from 'better-sqlite3'

/** Checks a database file with SQLite's integrity_check, read-only (in the worker for a new backup copy). */
export function checkIntegrity(path: string): { ok: boolean; details: string[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const rows = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
    return { ok: rows.length === 1 && rows[0] === 'ok', details: rows.filter((r) => r !== 'ok').slice(0, 10) }
  } finally {
    db.close()
  }
}
