import { describe, expect, it } from 'vitest'
import { toAppError } from '../../../main/api/db-errors'

function sqliteError(code: string, message: string) {
  return Object.assign(new Error(message), { code })
}

describe('SQLite and disk errors reach the user in French', () => {
  it.each([
    ['SQLITE_BUSY', 'database is locked', 'DB', /occupée par un autre programme/],
    ['SQLITE_BUSY_SNAPSHOT', 'database is locked', 'DB', /occupée/],
    ['SQLITE_READONLY_DBMOVED', 'attempt to write a readonly database', 'IO', /lecture seule/],
    ['SQLITE_FULL', 'database or disk is full', 'IO', /disque est plein/],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', 'IO', /entrée-sortie/],
    ['SQLITE_CORRUPT', 'database disk image is malformed', 'DB', /endommagée/],
  ])('%s', (code, message, expected, text) => {
    const error = toAppError(sqliteError(code, message))
    expect(error.code).toBe(expected)
    expect(error.message).toMatch(text)
    expect(error.message).not.toContain(message)
  })
})
