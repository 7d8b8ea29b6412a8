import type { SaveDialogOptions } from 'electron'
import { extname, join } from 'node:path'
import type { Deliver, OutgoingFile } from '../files/delivery'
import type { FileShell } from '../context'
import { t } from '../../shared/i18n/translate'

const FILTERS: Record<string, { key: 'pdf' | 'xlsx' | 'docx' | 'json' | 'sqlite'; extensions: string[] }> = {
  '.pdf': { key: 'pdf', extensions: ['pdf'] },
  '.xlsx': { key: 'xlsx', extensions: ['xlsx'] },
  '.docx': { key: 'docx', extensions: ['docx'] },
  '.json': { key: 'json', extensions: ['json'] },
  '.sqlite': { key: 'sqlite', extensions: ['sqlite'] },
}

/** The save dialog for one file: in the interface language, in the user's Documents, filtered on the file's type. */
export function saveDialogOptions(fileName: string, documentsDir: string): SaveDialogOptions {
  const type = FILTERS[extname(fileName).toLowerCase()]
  const filter = type ? { name: t(`desktop.save.${type.key}`), extensions: type.extensions } : undefined
  return {
    title: t('desktop.save.title'),
    buttonLabel: t('desktop.save.button'),
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
