import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../main/db/connection'
import { tempDir } from '../../helpers/temp'
import { copil } from '../../helpers/cli'

// Runs the built command (`npm test` builds first; alone: `node scripts/build-main.mjs`).
function count(file: string, table: string): number {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  } finally {
    db.close()
  }
}

describe('copil demo', () => {
  it('loads the example into a new database', () => {
    const file = join(tempDir(), 'exemple.sqlite')
    const run = copil('demo', '--db', file)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Exemple chargé dans .*exemple\.sqlite : réunion du COPIL du 15 juillet 2020/)
    expect(count(file, 'attendance')).toBe(20)
    expect(count(file, 'engagements')).toBe(18)
  })

  it('refuses a database that already holds data, in French, exit 1, leaving it as it was', () => {
    const dir = tempDir()
    const file = join(dir, 'copil.sqlite')
    const db = openDatabase(file)
    db.prepare(
      "INSERT INTO organisations (name, name_key, side) VALUES ('Ma structure', 'ma structure', 'autre')",
    ).run()
    db.close()
    const run = copil('demo', '--db', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/contient déjà des données.*--force/s)
    expect(count(file, 'organisations')).toBe(1)
    expect(count(file, 'meetings')).toBe(0)
    expect(readdirSync(dir).some((name) => name.includes('avant-exemple'))).toBe(false)
  })

  it('with --force, copies the database first, then replaces its content by the example', () => {
    const dir = tempDir()
    const file = join(dir, 'copil.sqlite')
    const db = openDatabase(file)
    db.prepare(
      "INSERT INTO organisations (name, name_key, side) VALUES ('Ma structure', 'ma structure', 'autre')",
    ).run()
    db.close()
    const run = copil('demo', '--db', file, '--force')
    expect(run.code, run.stderr).toBe(0)
    const copy = readdirSync(dir).find((name) =>
      /^copil\.sqlite\.avant-exemple-\d{4}-\d{2}-\d{2}T\d{6}Z\.sqlite$/.test(name),
    )
    expect(copy, readdirSync(dir).join(', ')).toBeDefined()
    expect(run.stdout).toContain(`Copie de la base actuelle : ${join(dir, copy ?? '')}`)
    const backup = join(dir, copy ?? '')
    expect(existsSync(backup)).toBe(true)
    expect(count(backup, 'organisations')).toBe(1)
    expect(count(file, 'organisations')).toBe(17)
    const names = new Database(file, { readonly: true }).prepare('SELECT name FROM organisations').pluck().all()
    expect(names).not.toContain('Ma structure')
  })
})
