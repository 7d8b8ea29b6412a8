import { app, dialog, shell, type BrowserWindow } from 'electron'
import type { Deliver } from '../files/delivery'
import { writePrivateFileAtomic } from '../files/private'
import type { FileShell } from '../context'
import { createSaveDelivery } from './save-delivery'

/** Electron's dialogs and shell behind the tested hand-over of save-delivery.ts. */
export function electronFiles(window: () => BrowserWindow | undefined): { deliver: Deliver; shell: FileShell } {
  return createSaveDelivery({
    documentsDir: () => app.getPath('documents'),
    showSaveDialog: (options) => {
      const owner = window()
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)
    },
    // Private (0600), synced, temporary name then rename: never half a file under the chosen name.
    write: writePrivateFileAtomic,
    openPath: (path) => shell.openPath(path),
    showItemInFolder: (path) => shell.showItemInFolder(path),
  })
}
