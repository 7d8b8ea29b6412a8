import Database from 'better-sqlite3'

export interface BackupContents {
  schemaVersion: number
  counts: { meetings: number; people: number; organisations: number; plans: number; decisions: number }
  lastMeetingDate: string | null
}

// Counted tables, by schema version that introduced them: a backup from an older version may lack some.
const COUNTED = ['meetings', 'people', 'organisations', 'plans', 'decisions'] as const

/** What a backup holds, read-only, so the user can see it before restoring. */
export function inspectBackup(path: string): BackupContents {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[])
    const counts = { meetings: 0, people: 0, organisations: 0, plans: 0, decisions: 0 }
    // Table names come from the fixed list above, never from input.
    for (const table of COUNTED) if (tables.has(table)) counts[table] = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    const lastMeetingDate = tables.has('meetings')
      ? ((db.prepare('SELECT max(first_date) FROM meetings').pluck().get() as string | null) ?? null)
      : null
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number, counts, lastMeetingDate }
  } finally {
    db.close()
  }
}
