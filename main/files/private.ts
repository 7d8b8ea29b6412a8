/**
 * The secretariat's files are private to the user who runs Copil: the database and its WAL files,
 * backups and exports are created 0600 and the folders Copil makes 0700 (POSIX; Windows has no such
 * modes and relies on the user's profile folder). Files from older versions are tightened, never
 * loosened: only the group and other bits are taken away, so a file the user made read-only stays so.
 */
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_DIR_MODE = 0o700
const POSIX = process.platform !== 'win32'

/** Takes the group and other permissions off an existing file or folder; quiet when it cannot (not ours, read-only disk). */
export function tightenMode(path: string): void {
  if (!POSIX) return
  try {
    const mode = statSync(path).mode & 0o777
    if (mode & 0o077) chmodSync(path, mode & 0o700)
  } catch {
    // Missing, not the owner's or on a read-only disk: the open that follows reports what matters.
  }
}

/**
 * Creates a folder (and its missing parents) 0700. An existing folder is tightened only when it is
 * Copil's own (`own`): a database the user keeps in one of their folders leaves that folder alone.
 */
export function makePrivateDir(path: string, own = true): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE })
  if (own) tightenMode(path)
}

/** Creates an empty file 0600, replacing a leftover of the same name (a partial copy from a crash). */
export function createPrivateFile(path: string): void {
  rmSync(path, { force: true })
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE))
}

/** Flushes a folder's entries (a rename into it) to disk; a no-op where folders cannot be opened (Windows). */
export function syncDir(path: string): void {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Copies a file to a new private file (0600, whatever the source's mode), synced to disk before it
 * returns. fs.copyFile would give the copy the source's mode.
 */
export function copyPrivate(from: string, to: string): void {
  createPrivateFile(to)
  const input = openSync(from, 'r')
  const output = openSync(to, 'w')
  try {
    const buffer = Buffer.allocUnsafe(1 << 20)
    for (;;) {
      const read = readSync(input, buffer, 0, buffer.length, null)
      if (read === 0) break
      let written = 0
      while (written < read) written += writeSync(output, buffer, written, read - written)
    }
    fsyncSync(output)
  } finally {
    closeSync(input)
    closeSync(output)
  }
}

/** Replaces `to` by `from` in one rename and makes the rename itself durable. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to)
  syncDir(dirname(to))
}

/**
 * Writes a file the user asked for (an export) private and whole: a temporary name, 0600, synced,
 * then renamed, so a crash never leaves half a file under the real name.
 */
export async function writePrivateFileAtomic(path: string, content: Uint8Array | string): Promise<void> {
  const temporary = `${path}.copil-partiel`
  try {
    await rm(temporary, { force: true })
    await writeFile(temporary, content, { mode: PRIVATE_FILE_MODE, flag: 'wx', flush: true })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** The synchronous twin of writePrivateFileAtomic, for the command line. */
export function writePrivateFileAtomicSync(path: string, content: Uint8Array | string): void {
  const temporary = `${path}.copil-partiel`
  try {
    createPrivateFile(temporary)
    const fd = openSync(temporary, 'w')
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      let written = 0
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
