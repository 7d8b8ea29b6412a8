/**
 * Numbered, append-only migrations: never edit one that has landed. The database's
 * PRAGMA user_version is the number of the last one applied.
 */
import m0001 from './0001-initial'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: m0001 }]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
