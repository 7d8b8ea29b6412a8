import { app, dialog, shell, type BrowserWindow } from 'electron'
import { rename, writeFile, rm } from 'node:fs/promises'
import type { Deliver } from '../files/delivery'
import type { FileShell } from '../context'
import { createSaveDelivery } from './save-delivery'

/** Temporary name, then rename: an interrupted write never leaves half a file under the chosen name. */
async function writeAtomically(path: string, content: Buffer): Promise<void> {
  const temporary = `${path}.copil-partiel`
  try {
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** Electron's dialogs and shell behind the tested hand-over of save-delivery.ts. */
export function electronFiles(window: () => BrowserWindow | undefined): { deliver: Deliver; shell: FileShell } {
  return createSaveDelivery({
    documentsDir: () => app.getPath('documents'),
    showSaveDialog: (options) => {
      const owner = window()
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)
    },
    write: writeAtomically,
    openPath: (path) => shell.openPath(path),
    showItemInFolder: (path) => shell.showItemInFolder(path),
  })
}
