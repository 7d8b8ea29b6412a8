/** A database holding the built-in example, made once per test file and copied for each use. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServices, type StartedApp } from '../../../main/bootstrap'

/** A folder that lives as long as the test file (tests/helpers/temp.ts removes its own after each test). */
export function longLivedDir(prefix: string, base = tmpdir()): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(base, prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Starts the real services on a database file. */
export function servicesOn(dbPath: string, dataDir: string): StartedApp {
  return startServices({ dbPath, dataDir, transport: 'web' })
}

/** Loads the example (COPIL of 15 July 2020, plan 2018-2020) into a new database at `path`, checkpointed and closed. */
export async function makeDemoDatabase(path: string, dataDir: string): Promise<{ meetingId: number; planId: number }> {
  const app = servicesOn(path, dataDir)
  try {
    const loaded = await app.dispatcher.dispatch('demo/load', {})
    if (!loaded.ok) throw new Error(`demo/load: ${loaded.error.message}`)
    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    return loaded.value as { meetingId: number; planId: number }
  } finally {
    app.close()
  }
}

/** Copies a closed, checkpointed database file (no -wal left) to `to`. */
export function copyDatabase(from: string, to: string): void {
  rmSync(`${to}-wal`, { force: true })
  rmSync(`${to}-shm`, { force: true })
  copyFileSync(from, to)
}
