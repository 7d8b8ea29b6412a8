import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { backupDir, checkIntegrity, createBackup, listBackups } from '../../../main/services/backup/backup'
import { backupBeforeMigration } from '../../../main/services/backup/startup'
import { migrate } from '../../../main/db/migrate'
import { MIGRATIONS } from '../../../main/db/migrations'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { copil } from '../../helpers/cli'

describe('backups', () => {
  it('writes an integrity-checked copy that holds the data', async () => {
    const app = startTestServices()
    app.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('ligne', 'Royaume du Maroc')").run()
    const entry = await createBackup(app.ctx.db, app.ctx.dbPath, 'manuelle')
    expect(checkIntegrity(entry.path).ok).toBe(true)
    const copy = new Database(entry.path, { readonly: true })
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'ligne'").pluck().get()).toBe('Royaume du Maroc')
    copy.close()
    expect(listBackups(app.ctx.dbPath).map((b) => b.reason)).toEqual(['manuelle'])
    // One self-contained file: nothing else left in the folder.
    expect(readdirSync(backupDir(app.ctx.dbPath))).toEqual([entry.name])
  })

  it('backs up a populated database before migrating it, and keeps that copy', async () => {
    const dir = tempDir()
    const file = join(dir, 'copil.sqlite')
    const old = new Database(file)
    migrate(old, MIGRATIONS.slice(0, 1))
    old.prepare("INSERT INTO settings (key, value) VALUES ('avant', 'oui')").run()
    old.close()
    const path = await backupBeforeMigration(file)
    expect(path).toBeDefined()
    expect(listBackups(file)[0]).toMatchObject({ reason: 'avant-migration', schemaVersion: 1 })
    expect(await backupBeforeMigration(join(dir, 'absente.sqlite'))).toBeUndefined()
  })

  it('lists, inspects and restores through the API, backing up the current database first', async () => {
    const app = startTestServices()
    app.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('version', 'ancienne')").run()
    const created = await app.dispatcher.dispatch('backups/create', {})
    expect(created.ok).toBe(true)
    const name = created.ok ? (created.value as { name: string }).name : ''
    app.ctx.db.prepare("UPDATE settings SET value = 'nouvelle' WHERE key = 'version'").run()

    const inspected = await app.dispatcher.dispatch('backups/inspect', { name })
    expect(inspected).toMatchObject({ ok: true, value: { name, counts: { meetings: 0 } } })

    const restored = await app.dispatcher.dispatch('backups/restore', { name })
    expect(restored.ok).toBe(true)
    expect(app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'version'").pluck().get()).toBe('ancienne')
    const reasons = listBackups(app.ctx.dbPath).map((b) => b.reason)
    expect(reasons).toContain('avant-restauration')
  })

  it('keeps the backups of two databases in one folder apart', async () => {
    const dir = tempDir()
    const first = new Database(join(dir, 'copil.sqlite'))
    migrate(first, MIGRATIONS)
    const second = new Database(join(dir, 'essai.sqlite'))
    migrate(second, MIGRATIONS)
    await createBackup(first, join(dir, 'copil.sqlite'), 'manuelle')
    await createBackup(second, join(dir, 'essai.sqlite'), 'manuelle')
    first.close()
    second.close()
    expect(listBackups(join(dir, 'copil.sqlite')).map((b) => b.name)).toEqual([expect.stringMatching(/^copil-.*-manuelle\.sqlite$/)])
    expect(listBackups(join(dir, 'essai.sqlite')).map((b) => b.name)).toEqual([expect.stringMatching(/^essai-.*-manuelle\.sqlite$/)])
  })

  it('refuses a backup name that is not one of ours', async () => {
    const app = startTestServices()
    for (const name of ['../copil.sqlite', '/etc/passwd', 'copil-x.sqlite']) {
      const result = await app.dispatcher.dispatch('backups/restore', { name })
      expect(result.ok).toBe(false)
    }
    expect(existsSync(backupDir(app.ctx.dbPath))).toBe(false)
  })
})

describe('copil backup / restore', () => {
  it('backs up and restores from the command line', () => {
    const dir = tempDir()
    const db = join(dir, 'copil.sqlite')
    const app = new Database(db)
    migrate(app, MIGRATIONS)
    app.prepare("INSERT INTO settings (key, value) VALUES ('état', 'initial')").run()
    app.close()
    const out = join(dir, 'copie.sqlite')
    const saved = copil('backup', '--db', db, '--out', out)
    expect(saved.code, saved.stderr).toBe(0)
    expect(saved.stdout).toMatch(/Sauvegarde écrite/)
    expect(copil('backup', '--db', db, '--out', out).code).toBe(1)

    const changed = new Database(db)
    changed.prepare("UPDATE settings SET value = 'modifié' WHERE key = 'état'").run()
    changed.close()
    const restored = copil('restore', '--db', db, '--from', out)
    expect(restored.code, restored.stderr).toBe(0)
    const back = new Database(db, { readonly: true })
    expect(back.prepare("SELECT value FROM settings WHERE key = 'état'").pluck().get()).toBe('initial')
    back.close()
    // The replaced database was kept as a backup, never simply overwritten.
    expect(readdirSync(join(dir, 'backups')).some((n) => n.includes('avant-restauration'))).toBe(true)
  })

  it('refuses to restore a file that is not a database, changing nothing', () => {
    const dir = tempDir()
    const db = join(dir, 'copil.sqlite')
    const app = new Database(db)
    migrate(app, MIGRATIONS)
    app.close()
    const before = readFileSync(db)
    const bogus = join(dir, 'faux.sqlite')
    writeFileSync(bogus, 'rien à voir')
    const run = copil('restore', '--db', db, '--from', bogus)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/pas une base de données Copil/)
    expect(readFileSync(db).equals(before)).toBe(true)
  })
})

describe('backups before an import', () => {
  it('keeps a copy of the directory before a people import writes, and none for an empty database', async () => {
    const app = startTestServices()
    const csv = (rows: string) => Buffer.from(`Civilité;Prénom;Nom;Organisation;Collège\n${rows}`).toString('base64')
    const first = await app.dispatcher.dispatch('people/importCommit', { fileName: 'a.csv', contentBase64: csv('Mme;Sarah;Lamrani;DRA;administration\n') })
    expect(first.ok).toBe(true)
    expect(listBackups(app.ctx.dbPath).filter((b) => b.reason === 'avant-import')).toHaveLength(0)
    const second = await app.dispatcher.dispatch('people/importCommit', { fileName: 'b.csv', contentBase64: csv('M.;Saâd;Benkirane;Espace Associatif;societe_civile\n') })
    expect(second.ok).toBe(true)
    const copies = listBackups(app.ctx.dbPath).filter((b) => b.reason === 'avant-import')
    expect(copies).toHaveLength(1)
    const copy = new Database(copies[0]!.path, { readonly: true })
    expect(copy.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1)
    copy.close()
  })
})
