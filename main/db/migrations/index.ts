/**
 * Numbered, append-only migrations: never edit one that has landed. The database's
 * PRAGMA user_version is the number of the last one applied.
 */
import m0001 from './0001-initial'
import m0002 from './0002-directory-meetings'
import m0003 from './0003-action-plan'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m0001 },
  { version: 2, name: 'directory-meetings', sql: m0002 },
  { version: 3, name: 'action-plan', sql: m0003 },
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
