/**
 * Who has a database open. Each process that opens it (the desktop app, the browser preview, a
 * `copil` command) leaves a small file beside it — `copil.sqlite.verrou-<host>-<pid>-<n>` holding its
 * pid and what it is — and removes it when it closes. Destructive commands (restore, `demo --force`)
 * read them and refuse while another live process holds the database, since that process would keep
 * writing to a file that is no longer the database. Files of dead processes are ignored and removed.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'

export type HolderKind = 'electron' | 'web' | 'cli'

export interface Holder {
  pid: number
  host: string
  kind: HolderKind
  /** The `copil` command, for kind « cli ». */
  command?: string
  /** A restore or `demo --force` in progress: the app waits for it to end before opening. */
  destructive?: boolean
  startedAt: string
  /** The lock file. */
  file: string
}

export interface HolderRegistration {
  file: string
  release(): void
}

const MARK = '.verrou-'
let sequence = 0

const safeHost = (): string => hostname().replace(/[^A-Za-z0-9.-]/g, '_').slice(0, 60) || 'hote'

/** Records that this process holds the database at `dbPath`; release() (or the process's exit) removes it. */
export function registerHolder(
  dbPath: string,
  info: { kind: HolderKind; command?: string; destructive?: boolean },
): HolderRegistration {
  sequence += 1
  const file = join(dirname(dbPath), `${basename(dbPath)}${MARK}${safeHost()}-${process.pid}-${sequence}`)
  const holder = { pid: process.pid, host: hostname(), ...info, startedAt: new Date().toISOString() }
  writeFileSync(file, `${JSON.stringify(holder)}\n`, { mode: 0o600, flag: 'w' })
  let released = false
  const release = () => {
    if (released) return
    released = true
    process.off('exit', release)
    rmSync(file, { force: true })
  }
  // A process that exits without closing (an error, Ctrl+C) still removes its file; a killed one
  // leaves it behind, and the next reader sees that its pid is gone.
  process.on('exit', release)
  return { file, release }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as { code?: unknown }).code === 'EPERM'
  }
}

/**
 * The live processes other than this one that hold the database. Files left by dead processes of
 * this computer are removed; a process of another computer (a shared folder) cannot be checked and
 * counts as live.
 */
export function otherHolders(dbPath: string): Holder[] {
  const dir = dirname(dbPath)
  const prefix = `${basename(dbPath)}${MARK}`
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(prefix))
  } catch {
    return []
  }
  const here = hostname()
  const holders: Holder[] = []
  for (const name of names) {
    const file = join(dir, name)
    let holder: Omit<Holder, 'file'>
    try {
      holder = JSON.parse(readFileSync(file, 'utf8')) as Omit<Holder, 'file'>
    } catch {
      continue
    }
    if (typeof holder.pid !== 'number' || holder.pid === process.pid) continue
    if (holder.host === here && !alive(holder.pid)) {
      rmSync(file, { force: true })
      continue
    }
    holders.push({ ...holder, file })
  }
  return holders
}
