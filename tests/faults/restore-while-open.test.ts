/**
 * `copil restore` (and `demo --force`) while the browser preview has the database open: the preview
 * holds it (a lock file with its pid), so the command refuses in French, naming the process, and
 * changes nothing; the preview keeps writing to the real file and no acknowledged write is lost. Once
 * the preview is killed (its lock file left behind, stale), the restore goes through, and every write
 * it acknowledged is in the backup taken before the restore.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { FAULTS_FULL, writeFaultReport } from './helpers/report'
import { longLivedDir } from './helpers/seed'
import { previewBuilt, startPreview, type PreviewProcess } from './helpers/preview-process'

const work = longLivedDir('copil-restore-open-')
const cliBuilt = existsSync(join(process.cwd(), 'dist', 'main', 'cli.cjs'))
const WRITES_BEFORE = 10
const dbPath = join(work.dir, 'copil.sqlite')
const backupPath = join(work.dir, 'copie.sqlite')

function copil(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'copil.cjs'), ...args], {
      env: { ...process.env, COPIL_DB: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Saves people through the preview's API, one after the other, until stopped; the tags it acknowledged. */
function writer(preview: PreviewProcess, prefix: string) {
  const acked: string[] = []
  const refused: string[] = []
  let running = true
  const done = (async () => {
    for (let i = 1; running; i++) {
      const tag = `${prefix}-${i}`
      const result = await preview.invoke('people/save', { civility: 'Mme', lastName: tag, organisationId: null, confirmDuplicate: true })
      if (result.ok) acked.push(tag)
      else refused.push(`${tag}: ${result.error.message}`)
    }
  })()
  return {
    acked,
    refused,
    stop: async () => {
      running = false
      await done
    },
  }
}

function names(path: string): Set<string> {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return new Set(db.prepare('SELECT last_name FROM people').pluck().all() as string[])
  } finally {
    db.close()
  }
}

let preview: PreviewProcess | undefined

afterAll(async () => {
  await preview?.stop({ hard: true })
  work.remove()
})

describe('restore while the preview has the database open', () => {
  it.skipIf(!previewBuilt() || !cliBuilt)(
    'is refused naming the preview, loses no acknowledged write, and goes through once the preview is dead',
    async () => {
      preview = await startPreview(dbPath, work.dir)
      const first = writer(preview, 'avant')
      while (first.acked.length < WRITES_BEFORE) await new Promise((resolve) => setTimeout(resolve, 20))
      await first.stop()
      // A backup taken while the preview runs (online backup, not destructive).
      const saved = await copil('backup', '--db', dbPath, '--out', backupPath)
      expect(saved.code, saved.stderr).toBe(0)

      // The restore and the demo are tried while the preview keeps saving.
      const during = writer(preview, 'pendant')
      const restore = await copil('restore', '--db', dbPath, '--from', backupPath)
      const demo = await copil('demo', '--db', dbPath, '--force')
      const extra = FAULTS_FULL ? 200 : 20
      const target = during.acked.length + extra
      while (during.acked.length < target) await new Promise((resolve) => setTimeout(resolve, 20))
      await during.stop()
      const listed = await preview.invoke('people/list', {})
      await preview.stop()

      const firstPid = preview.pid
      const acknowledged = [...first.acked, ...during.acked]
      const present = names(dbPath)
      const lost = acknowledged.filter((tag) => !present.has(tag))

      expect(restore.code).toBe(1)
      expect(restore.stderr).toContain(`l’aperçu navigateur de Copil (npm run web) (processus ${firstPid})`)
      expect(restore.stderr).toMatch(/Restauration refusée/)
      expect(demo.code).toBe(1)
      expect(demo.stderr).toContain(`processus ${firstPid}`)
      expect(during.refused).toEqual([])
      expect(listed.ok).toBe(true)
      expect(lost).toEqual([])

      // The preview is killed: its lock file stays behind, and is ignored since its process is gone.
      preview = await startPreview(dbPath, work.dir)
      const last = writer(preview, 'tué')
      while (last.acked.length < 5) await new Promise((resolve) => setTimeout(resolve, 20))
      await last.stop()
      const killedPid = preview.pid
      await preview.stop({ hard: true })
      const staleLocks = readdirSync(work.dir).filter((n) => n.startsWith('copil.sqlite.verrou-') && n.endsWith(`-${killedPid}-1`))
      expect(staleLocks).toHaveLength(1)
      const afterKill = await copil('restore', '--db', dbPath, '--from', backupPath)
      expect(afterKill.code, afterKill.stderr).toBe(0)
      const before = readdirSync(join(work.dir, 'backups')).find((n) => n.endsWith('-avant-restauration.sqlite'))
      expect(before).toBeDefined()
      const kept = names(join(work.dir, 'backups', before as string))
      const everything = [...acknowledged, ...last.acked]
      const lostAfterRestore = everything.filter((tag) => !kept.has(tag))
      const restored = names(dbPath)

      const counts = {
        acknowledgedBeforeBackup: first.acked.length,
        acknowledgedWhileRefused: during.acked.length,
        acknowledged: acknowledged.length,
        lost: lost.length,
        restoreExitCode: restore.code,
        restoreRefusalNamesPreview: restore.stderr.includes(`l’aperçu navigateur de Copil (npm run web) (processus ${firstPid})`),
        demoForceExitCode: demo.code,
        restoreAfterKillExitCode: afterKill.code,
        staleLockIgnored: afterKill.code === 0,
        acknowledgedBeforeRestore: everything.length,
        lostAfterRestore: lostAfterRestore.length,
        restoredPeople: restored.size,
      }
      writeFaultReport('restore-while-open', counts)
      console.log(`[faults] restore while open: ${JSON.stringify(counts)}`)
      expect(lostAfterRestore).toEqual([])
      expect([...restored].sort()).toEqual(first.acked.slice().sort())
    },
    180_000,
  )
})
