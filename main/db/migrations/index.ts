/**
 * Numbered, append-only migrations: never edit one that has landed. The database's
 * PRAGMA user_version is the number of the last one applied.
 */
import m0001 from './0001-initial'
import m0002 from './0002-directory-meetings'
import m0003 from './0003-action-plan'
import m0004 from './0004-meeting-title-key'
import m0005 from './0005-attendance-function'
import m0006 from './0006-rich-decisions'
import m0007 from './0007-letterhead'
import m0008 from './0008-introduction-next-step-details'
import m0009 from './0009-participant-order'
import m0010 from './0010-arabic-folded-keys'
import m0011 from './0011-registers'
import m0012 from './0012-history'
import m0013 from './0013-search-index'
import m0014 from './0014-releve-lifecycle'
import m0015 from './0015-document-language'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m0001 },
  { version: 2, name: 'directory-meetings', sql: m0002 },
  { version: 3, name: 'action-plan', sql: m0003 },
  { version: 4, name: 'meeting-title-key', sql: m0004 },
  { version: 5, name: 'attendance-function', sql: m0005 },
  { version: 6, name: 'rich-decisions', sql: m0006 },
  { version: 7, name: 'letterhead', sql: m0007 },
  { version: 8, name: 'introduction-next-step-details', sql: m0008 },
  { version: 9, name: 'participant-order', sql: m0009 },
  { version: 10, name: 'arabic-folded-keys', sql: m0010 },
  { version: 11, name: 'registers', sql: m0011 },
  { version: 12, name: 'history', sql: m0012 },
  { version: 13, name: 'search-index', sql: m0013 },
  { version: 14, name: 'releve-lifecycle', sql: m0014 },
  { version: 15, name: 'document-language', sql: m0015 },
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length
