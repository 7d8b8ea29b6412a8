/**
 * Private files (POSIX): the database and its WAL files, backups and exports are created 0600 and
 * the folders Copil makes 0700. And what an interrupted backup or restore left behind is removed at
 * the next start, and never listed as a backup.
 */
import { describe, expect, it } from 'vitest'
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startLive } from '../../../main/services/live'
import { startServices } from '../../../main/bootstrap'
import { backupDir, createBackup, listBackups } from '../../../main/services/backup/backup'
import { writePrivateFileAtomic } from '../../../main/files/private'
import { tempDir } from '../../helpers/temp'
import { copil } from '../../helpers/cli'

const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8).padStart(3, '0')
const posix = process.platform !== 'win32'

describe.skipIf(!posix)('private files', () => {
  it('creates the database, its WAL files and its folder 0600 / 0700', async () => {
    const dir = join(tempDir(), 'Copil')
    const dbPath = join(dir, 'copil.sqlite')
    const live = await startLive({ dbPath, dataDir: dir, transport: 'web' })
    try {
      const result = await live.dispatcher.dispatch('people/save', { civility: 'Mme', lastName: 'Alami', organisationId: null })
      expect(result.ok).toBe(true)
      expect(mode(dir)).toBe('700')
      for (const suffix of ['', '-wal', '-shm']) expect(mode(dbPath + suffix), suffix).toBe('600')
    } finally {
      live.close()
    }
  })

  it('tightens a database and a user-data folder left readable by an older version', async () => {
    const dir = tempDir()
    const dbPath = join(dir, 'copil.sqlite')
    startServices({ dbPath, dataDir: dir, transport: 'web' }).close()
    const { chmodSync } = await import('node:fs')
    chmodSync(dbPath, 0o644)
    chmodSync(dir, 0o755)
    const live = await startLive({ dbPath, dataDir: dir, transport: 'web' })
    live.close()
    expect(mode(dbPath)).toBe('600')
    expect(mode(dir)).toBe('700')
  })

  it('leaves a folder the user chose for the database as it was', async () => {
    const dir = tempDir()
    const { chmodSync } = await import('node:fs')
    chmodSync(dir, 0o755)
    const live = await startLive({ dbPath: join(dir, 'essai.sqlite'), dataDir: join(dir, 'donnees'), transport: 'web' })
    live.close()
    expect(mode(dir)).toBe('755')
    expect(mode(join(dir, 'essai.sqlite'))).toBe('600')
  })

  it('creates backups 0600 in a 0700 folder, from the app and from the command line', async () => {
    const app = startServices({ dbPath: join(tempDir(), 'copil.sqlite'), dataDir: tempDir(), transport: 'web' })
    try {
      const entry = await createBackup(app.ctx.db, app.ctx.dbPath, 'manuelle')
      expect(mode(backupDir(app.ctx.dbPath))).toBe('700')
      expect(mode(entry.path)).toBe('600')
      const out = join(tempDir(), 'copie.sqlite')
      const run = copil('backup', '--db', app.ctx.dbPath, '--out', out)
      expect(run.code, run.stderr).toBe(0)
      expect(mode(out)).toBe('600')
    } finally {
      app.close()
    }
  })

  it('writes exports 0600, from the command line and through the desktop save path', async () => {
    const dir = tempDir()
    const dbPath = join(dir, 'copil.sqlite')
    const demo = copil('demo', '--db', dbPath)
    expect(demo.code, demo.stderr).toBe(0)
    for (const [format, name] of [['pdf', 'releve.pdf'], ['xlsx', 'releve.xlsx']] as const) {
      const run = copil('export', '--db', dbPath, '--meeting', '1', '--format', format, '--out', join(dir, name))
      expect(run.code, run.stderr).toBe(0)
      expect(mode(join(dir, name)), name).toBe('600')
    }
    const json = copil('export-json', '--db', dbPath, '--out', join(dir, 'plan.json'))
    expect(json.code, json.stderr).toBe(0)
    expect(mode(join(dir, 'plan.json'))).toBe('600')
    // The desktop app's save dialog writes through this function (main/electron/delivery.ts).
    await writePrivateFileAtomic(join(dir, 'enregistre.pdf'), Buffer.from('%PDF-1.7'))
    expect(mode(join(dir, 'enregistre.pdf'))).toBe('600')
    expect(readdirSync(dir).filter((n) => n.includes('partiel'))).toEqual([])
  })
})

describe('leftovers of an interrupted backup or restore', () => {
  it('are removed at the next start and never listed as backups', async () => {
    const dir = tempDir()
    const dbPath = join(dir, 'copil.sqlite')
    const app = startServices({ dbPath, dataDir: dir, transport: 'web' })
    const sound = await createBackup(app.ctx.db, dbPath, 'manuelle', new Date(Date.now() - 3_600_000))
    app.close()
    const backups = backupDir(dbPath)
    const partial = `${sound.name.replace('-manuelle', '-quotidienne')}.partiel`
    const leftovers = [
      join(backups, partial),
      join(backups, `${partial}-journal`),
      `${dbPath}.restauration`,
      `${dbPath}.restauration-journal`,
    ]
    for (const path of leftovers) writeFileSync(path, Buffer.alloc(64 * 1024, 1))
    // Another database's copy in progress in the same folder is not ours to remove.
    mkdirSync(backups, { recursive: true })
    const foreign = join(backups, `${sound.name.replace(/^copil-/, 'essai-')}.partiel`)
    writeFileSync(foreign, 'en cours')
    expect(listBackups(dbPath).map((b) => b.name)).toEqual([sound.name])

    const live = await startLive({ dbPath, dataDir: dir, transport: 'web' })
    live.close()
    const remaining = [...readdirSync(dir), ...readdirSync(backups)]
    for (const path of leftovers) expect(remaining, path).not.toContain(path.split('/').at(-1))
    expect(remaining).toContain(foreign.split('/').at(-1))
    expect(listBackups(dbPath).map((b) => b.name)).toContain(sound.name)
    expect(listBackups(dbPath).some((b) => b.name.includes('partiel'))).toBe(false)
  })

  it('are left alone while another process holds the database (it may be writing them)', async () => {
    const dir = tempDir()
    const dbPath = join(dir, 'copil.sqlite')
    startServices({ dbPath, dataDir: dir, transport: 'web' }).close()
    writeFileSync(`${dbPath}.restauration`, 'copie en cours')
    // A live process other than this one: the test runner's parent.
    writeFileSync(
      `${dbPath}.verrou-autre-${process.ppid}-1`,
      JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname(), kind: 'cli', command: 'backup', startedAt: new Date().toISOString() }),
    )
    const live = await startLive({ dbPath, dataDir: dir, transport: 'web' })
    live.close()
    expect(readdirSync(dir)).toContain('copil.sqlite.restauration')
  })
})
