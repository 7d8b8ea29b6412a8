import { app, dialog, shell, type BrowserWindow } from 'electron'
import { rename, writeFile, rm } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { Deliver } from '../files/delivery'
import type { FileShell } from '../context'

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Document PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Classeur Excel', extensions: ['xlsx'] },
  '.json': { name: 'Fichier JSON', extensions: ['json'] },
  '.sqlite': { name: 'Sauvegarde Copil', extensions: ['sqlite'] },
}

/** Paths this session saved: only those may be opened or shown from the renderer. */
const saved = new Set<string>()

/** Save dialog, then an atomic write (temporary name, then rename) awaited before reporting success. */
export function electronDeliver(window: () => BrowserWindow | undefined): Deliver {
  return async (file) => {
    const filter = FILTERS[extname(file.fileName).toLowerCase()]
    const options = {
      title: 'Enregistrer sous',
      buttonLabel: 'Enregistrer',
      defaultPath: join(app.getPath('documents'), file.fileName),
      filters: filter ? [filter] : [],
    }
    const owner = window()
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { kind: 'canceled' }
    const temporary = `${result.filePath}.copil-partiel`
    try {
      await writeFile(temporary, file.content)
      await rename(temporary, result.filePath)
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
    saved.add(result.filePath)
    return { kind: 'saved', path: result.filePath }
  }
}

/** Opening or revealing a saved file, limited to files this session wrote. */
export const electronShell: FileShell = {
  async open(path) {
    if (!saved.has(path)) return false
    return (await shell.openPath(path)) === ''
  },
  reveal(path) {
    if (!saved.has(path)) return false
    shell.showItemInFolder(path)
    return true
  },
}
