/**
 * A damaged database at launch, one test per kind of damage: cut to 10, 25, 50, 75 or 98 % of its
 * size, emptied to zero bytes while backups exist, pages overwritten with random bytes, a file that
 * is not SQLite at all, a file the user may not read. Each time the launch goes to the recovery screen
 * with the problem in French, which offers the newest sound backup and, when restoring, moves the
 * damaged file aside byte for byte; `copil check` says the same in French and exits 1; the file is
 * never written to. (The preview in Chromium does it end to end in tests/e2e/recovery.spec.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRecoveryDispatcher } from '../../main/api/recovery-dispatcher'
import { openDatabase } from '../../main/db/connection'
import { backupFile } from '../../main/services/backup/backup'
import { launch } from '../../main/services/launch'
import type { RecoveryStatus } from '../../shared/domain/recovery'
import { notFrench } from './helpers/french'
import { writeFaultReport } from './helpers/report'
import { longLivedDir } from './helpers/seed'
import { previewBuilt, startPreview } from './helpers/preview-process'

const work = longLivedDir('copil-damaged-')
let template = ''
let fresh = 0
const ROWS = 400
const outcomes: { name: string; recovered: boolean; problem: string }[] = []

beforeAll(() => {
  template = join(work.dir, 'template.sqlite')
  const db = openDatabase(template)
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run(`clé ${i}`, `Valeur ${i} — ${'texte du relevé '.repeat(20)}`)
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
})

afterAll(() => {
  writeFaultReport('damaged-database', {
    tried: outcomes.length,
    recovered: outcomes.filter((o) => o.recovered).length,
    cases: outcomes,
  })
  work.remove()
})

/** A folder holding copil.sqlite (the template's data) and one sound backup of it, taken the day before. */
async function withBackup(): Promise<{ dir: string; dbPath: string; backupName: string }> {
  fresh += 1
  const dir = join(work.dir, `cas-${fresh}`)
  mkdirSync(dir)
  const dbPath = join(dir, 'copil.sqlite')
  copyFileSync(template, dbPath)
  const entry = await backupFile(dbPath, 'quotidienne', new Date(Date.now() - 86_400_000))
  return { dir, dbPath, backupName: entry.name }
}

/** Deterministic bytes, so that a failure can be replayed. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length)
  let state = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    out[i] = state & 0xff
  }
  return out
}

const STACK = /\n\s+at .+\(|\bat Object\.|Error: /

function cliCheck(dbPath: string, asUser?: number) {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'copil.cjs'), 'check', '--db', dbPath], {
    encoding: 'utf8',
    env: { ...process.env, COPIL_DB: '' },
    ...(asUser !== undefined ? { uid: asUser, gid: asUser } : {}),
  })
  return { code: run.status, stderr: run.stderr }
}

const cliBuilt = existsSync(join(process.cwd(), 'dist', 'main', 'cli.cjs'))

/**
 * The whole path in process: the launch goes to recovery with a French problem; the recovery
 * screen's status offers the newest sound backup; `copil check` exits 1 in French naming it; the
 * restore moves the damaged file aside untouched and the data is back.
 */
async function expectRecovery(name: string, dbPath: string, backupName: string, problem: RegExp): Promise<void> {
  const damaged = readFileSync(dbPath)
  const state = await launch({ dbPath, dataDir: join(dbPath, '..'), transport: 'web' })
  if (state.kind === 'ready') state.app.close()
  expect(state.kind).toBe('damaged')
  const text = state.kind === 'damaged' ? state.problem : ''
  expect(text).toMatch(problem)
  expect(notFrench(text)).toBeUndefined()

  if (cliBuilt) {
    const check = cliCheck(dbPath)
    expect(check.code).toBe(1)
    expect(check.stderr).toMatch(/endommagé/)
    expect(check.stderr).toContain(`Dernière sauvegarde saine : ${join(dbPath, '..', 'backups', backupName)}`)
    expect(check.stderr).not.toMatch(STACK)
  }
  expect(readFileSync(dbPath).equals(damaged)).toBe(true)

  let replaced = false
  const recovery = createRecoveryDispatcher(dbPath, text, async () => void (replaced = true), 'web')
  const status = await recovery.dispatch('recovery/status', {})
  expect(status.ok).toBe(true)
  expect((status.ok ? (status.value as RecoveryStatus) : undefined)?.backups[0]?.name).toBe(backupName)
  const restored = await recovery.dispatch('recovery/restore', {})
  expect(restored.ok, JSON.stringify(restored)).toBe(true)
  const movedTo = restored.ok ? (restored.value as { movedTo: string }).movedTo : ''
  expect(replaced).toBe(true)
  expect(movedTo).toMatch(/copil\.sqlite\.endommagee-/)
  expect(readFileSync(movedTo).equals(damaged)).toBe(true)
  const db = openDatabase(dbPath)
  expect(db.prepare('SELECT count(*) FROM settings WHERE key GLOB ?').pluck().get('clé *')).toBe(ROWS)
  db.close()
  outcomes.push({ name, recovered: true, problem: text })
}

describe('a damaged database opens the recovery screen', () => {
  it.each([10, 25, 50, 75, 98])('cut to %i % of its size', async (percent) => {
    const { dbPath, backupName } = await withBackup()
    const bytes = readFileSync(dbPath)
    writeFileSync(dbPath, bytes.subarray(0, Math.floor((bytes.length * percent) / 100)))
    await expectRecovery(`tronquée à ${percent} %`, dbPath, backupName, /tronqué/)
  })

  it('emptied to zero bytes while a backup exists', async () => {
    const { dbPath, backupName } = await withBackup()
    writeFileSync(dbPath, '')
    await expectRecovery('vide (0 octet)', dbPath, backupName, /vide \(0 octet\)/)
  })

  it('with pages overwritten by random bytes', async () => {
    const { dbPath, backupName } = await withBackup()
    const bytes = readFileSync(dbPath)
    const pageSize = bytes.readUInt16BE(16)
    for (const page of [3, 8, 13]) noise(pageSize, page).copy(bytes, (page - 1) * pageSize)
    writeFileSync(dbPath, bytes)
    await expectRecovery('pages aléatoires', dbPath, backupName, /pages abîmées/)
  })

  it('replaced by a file that is not SQLite', async () => {
    const { dbPath, backupName } = await withBackup()
    writeFileSync(dbPath, Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(20_000, 7)]))
    await expectRecovery('pas une base SQLite', dbPath, backupName, /pas une base SQLite/)
  })

  it('still opens a zero-byte file as a new database when it has no backup', async () => {
    fresh += 1
    const dir = join(work.dir, `cas-${fresh}`)
    mkdirSync(dir)
    writeFileSync(join(dir, 'copil.sqlite'), '')
    const state = await launch({ dbPath: join(dir, 'copil.sqlite'), dataDir: dir, transport: 'web' })
    expect(state.kind).toBe('ready')
    if (state.kind === 'ready') state.app.close()
  })
})

/**
 * chmod 000 does not stop root, and these tests often run as root: then the preview and the CLI run
 * as the unprivileged user « nobody » (uid 65534), for whom the file really is unreadable.
 */
const ROOT = process.getuid?.() === 0
const NOBODY = 65534

describe('an unreadable database', () => {
  it.skipIf(!previewBuilt() || !cliBuilt || process.platform === 'win32')(
    'opens the recovery screen of the preview, says so in French on the CLI, and moves the file aside',
    async () => {
      const { dir, dbPath, backupName } = await withBackup()
      const asUser = ROOT ? NOBODY : undefined
      // The folder and the backups belong to the user who runs Copil; the database is unreadable to them.
      if (ROOT) {
        for (const path of [dir, join(dir, 'backups'), ...readdirSync(join(dir, 'backups')).map((n) => join(dir, 'backups', n)), dbPath])
          chownSync(path, NOBODY, NOBODY)
        chmodSync(work.dir, 0o755)
      }
      chmodSync(dbPath, 0o000)

      const check = cliCheck(dbPath, asUser)
      expect(check.code).toBe(1)
      expect(check.stderr).toMatch(/droits d’accès/)
      expect(check.stderr).toContain(`Dernière sauvegarde saine : ${join(dir, 'backups', backupName)}`)
      expect(check.stderr).not.toMatch(STACK)

      const preview = await startPreview(dbPath, dir, asUser !== undefined ? { uid: asUser } : {})
      let problem: string
      try {
        const status = await preview.invoke('recovery/status', {})
        expect(status).toMatchObject({ ok: true, value: { damaged: true, backups: [{ name: backupName }] } })
        problem = status.ok ? (status.value as RecoveryStatus).problem : ''
        expect(problem).toMatch(/droits d’accès/)
        expect(preview.output()).not.toMatch(STACK)
        const restored = await preview.invoke('recovery/restore', {})
        expect(restored.ok, JSON.stringify(restored)).toBe(true)
        const movedTo = restored.ok ? (restored.value as { movedTo: string }).movedTo : ''
        chmodSync(movedTo, 0o600)
        expect(readFileSync(movedTo).equals(readFileSync(template))).toBe(true)
        const counted = await preview.invoke('system/info', {})
        expect(counted.ok).toBe(true)
      } finally {
        await preview.stop()
      }
      const db = openDatabase(dbPath)
      expect(db.prepare('SELECT count(*) FROM settings WHERE key GLOB ?').pluck().get('clé *')).toBe(ROWS)
      db.close()
      outcomes.push({ name: ROOT ? 'illisible (chmod 000, lancé en « nobody »)' : 'illisible (chmod 000)', recovered: true, problem })
    },
    120_000,
  )
})
