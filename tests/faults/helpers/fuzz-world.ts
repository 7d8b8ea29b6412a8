/**
 * Throwaway databases for the API fuzz (« worlds »): a copy of the seeded example with its
 * backups, an empty database, or a damaged file beside sound backups (the recovery screen's
 * case). Each fuzz batch runs on a world of its own, and a destructive call that succeeded
 * (a delete, a restore, loading the example) gets the next case a fresh one.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { vi } from 'vitest'
import { startServices, type StartedApp } from '../../../main/bootstrap'
import type { Dispatcher } from '../../../main/api/dispatcher'
import type { FileShell } from '../../../main/context'
import { startLive } from '../../../main/services/live'
import { contentHashes } from './db-state'

export type WorldKind = 'demo' | 'empty' | 'damaged'

/** The file name every world's database has, so that the template's backups are its backups too. */
export const WORLD_DB = 'copil.sqlite'

export interface World {
  kind: WorldKind
  dir: string
  dispatcher: Dispatcher
  /** The normal services once the database is open (undefined while it is damaged). */
  app(): StartedApp | undefined
  close(): void
}

/** A stand-in for the desktop shell: « opens » an existing file and records it, opens nothing. */
export function recordingShell(opened: string[] = []): FileShell {
  return {
    open: async (path) => (existsSync(path) ? (opened.push(path), true) : false),
    reveal: (path) => (existsSync(path) ? (opened.push(path), true) : false),
  }
}

let counter = 0

/**
 * Opens a world of `kind` in a new folder under `root`; `template` is a folder holding a closed,
 * checkpointed copil.sqlite and its backups/ (copied only when asked, or for a damaged world).
 */
export async function openWorld(kind: WorldKind, root: string, template: string, withBackups = false): Promise<World> {
  const dir = join(root, `monde-${++counter}`)
  mkdirSync(dir, { recursive: true })
  const dbPath = join(dir, WORLD_DB)
  const shell = recordingShell()
  if (kind !== 'empty') copyFileSync(join(template, WORLD_DB), dbPath)
  if (kind === 'damaged' || withBackups) cpSync(join(template, 'backups'), join(dir, 'backups'), { recursive: true })
  if (kind === 'damaged') {
    // Not a database at all: SQLite refuses it at once, and the launch goes to the recovery screen.
    writeFileSync(dbPath, Buffer.alloc(8192, 'ceci n’est plus une base de données Copil '))
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const live = await startLive({ dbPath, dataDir: dir, transport: 'web', shell })
      return {
        kind,
        dir,
        dispatcher: {
          dispatch: async (channel, input) => {
            const quietAgain = vi.spyOn(console, 'error').mockImplementation(() => undefined)
            try {
              return await live.dispatcher.dispatch(channel, input)
            } finally {
              quietAgain.mockRestore()
            }
          },
        },
        app: () => live.current(),
        close: () => live.close(),
      }
    } finally {
      quiet.mockRestore()
    }
  }
  const app = startServices({ dbPath, dataDir: dir, transport: 'web', shell })
  return { kind, dir, dispatcher: app.dispatcher, app: () => app, close: () => app.close() }
}

/**
 * What a world holds, cheaply: per table hashes of the open database (recomputed only when SQLite
 * counted a change), or the bytes of the damaged file while no database is open.
 */
export function contentWatch(world: World) {
  const dbPath = join(world.dir, WORLD_DB)
  const take = () => {
    const app = world.app()
    if (!app || !app.ctx.db.open) {
      const bytes = existsSync(dbPath) ? createHash('sha256').update(readFileSync(dbPath)).digest('hex') : 'absent'
      return { db: undefined, changes: -1, hashes: { fichier: bytes } as Record<string, string> }
    }
    const db = app.ctx.db
    return { db, changes: db.prepare('SELECT total_changes()').pluck().get() as number, hashes: contentHashes(db) }
  }
  let known = take()
  const unchanged = () => {
    const db = world.app()?.ctx.db
    return (
      db !== undefined &&
      db === known.db &&
      db.open &&
      known.changes === (db.prepare('SELECT total_changes()').pluck().get() as number)
    )
  }
  return {
    /** Before a call: makes sure the known content is the current one. */
    refresh() {
      if (!unchanged()) known = take()
    },
    /** After a refused call: the tables (or the damaged file) that changed. */
    changedTables(): string[] {
      // total_changes() counts every row written, even if rolled back: only then compare contents.
      if (unchanged()) return []
      const after = take().hashes
      return Object.keys({ ...known.hashes, ...after }).filter((table) => known.hashes[table] !== after[table])
    },
  }
}
