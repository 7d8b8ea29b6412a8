import type { SaveDialogOptions } from 'electron'
import { extname, join } from 'node:path'
import type { Deliver, OutgoingFile } from '../files/delivery'
import type { FileShell } from '../context'
import { fr } from '../../shared/i18n/fr'

const s = fr.desktop.save

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: s.pdf, extensions: ['pdf'] },
  '.xlsx': { name: s.xlsx, extensions: ['xlsx'] },
  '.docx': { name: s.docx, extensions: ['docx'] },
  '.json': { name: s.json, extensions: ['json'] },
  '.sqlite': { name: s.sqlite, extensions: ['sqlite'] },
}

/** The save dialog for one file: in French, in the user's Documents, filtered on the file's type. */
export function saveDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  const filter = FILTERS[extname(fileName).toLowerCase()]
  return {
    title: s.title,
    buttonLabel: s.button,
    defaultPath: join(documentsDir, fileName),
    filters: filter ? [filter] : [],
  }
}

export interface SaveDeps {
  documentsDir(): string
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  /** Writes the whole file before resolving (atomically: the user never sees half a file). */
  write(path: string, content: OutgoingFile['content']): Promise<void>
  openPath(path: string): Promise<string>
  showItemInFolder(path: string): void
}

/**
 * The desktop hand-over of files: the save dialog, then the write, awaited before success is
 * reported; a canceled dialog writes nothing. The page may then open or reveal a file, but only one
 * this session saved, never a path it names itself.
 */
export function createSaveDelivery(deps: SaveDeps): { deliver: Deliver; shell: FileShell } {
  const saved = new Set<string>()
  const deliver: Deliver = async (file) => {
    const result = await deps.showSaveDialog(saveDialogOptions(file.fileName, deps.documentsDir()))
    if (result.canceled || !result.filePath) return { kind: 'canceled' }
    await deps.write(result.filePath, file.content)
    saved.add(result.filePath)
    return { kind: 'saved', path: result.filePath }
  }
  const shell: FileShell = {
    async open(path) {
      if (!saved.has(path)) return false
      return (await deps.openPath(path)) === ''
    },
    reveal(path) {
      if (!saved.has(path)) return false
      deps.showItemInFolder(path)
      return true
    },
  }
  return { deliver, shell }
}
