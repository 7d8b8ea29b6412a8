import { randomBytes } from 'node:crypto'
import type { Delivery } from '../../shared/domain/files'

/** A file main has built for the user (an export, a backup copy). */
export interface OutgoingFile {
  fileName: string
  mime: string
  content: Buffer
  /** Characters of a relevé's PDF no embedded font has, printed as « � » (the user is told). */
  unprintable?: string[]
}

export type { Delivery }

export type Deliver = (file: OutgoingFile) => Promise<Delivery>

const DOWNLOAD_TTL_MS = 5 * 60_000

/**
 * The browser preview cannot show a save dialog from Node: files wait here under a random id
 * until the page fetches them once (with its token), then the browser saves them.
 */
export function createDownloadStore() {
  const files = new Map<string, { file: OutgoingFile; expires: number }>()
  const sweep = () => {
    const now = Date.now()
    for (const [id, entry] of files) if (entry.expires < now) files.delete(id)
  }
  return {
    deliver: (file: OutgoingFile): Promise<Delivery> => {
      sweep()
      const id = randomBytes(16).toString('hex')
      files.set(id, { file, expires: Date.now() + DOWNLOAD_TTL_MS })
      return Promise.resolve({ kind: 'download', id, fileName: file.fileName })
    },
    /** Hands a waiting file over, once. */
    take: (id: string): OutgoingFile | undefined => {
      sweep()
      const entry = files.get(id)
      files.delete(id)
      return entry?.file
    },
  }
}
export type DownloadStore = ReturnType<typeof createDownloadStore>
