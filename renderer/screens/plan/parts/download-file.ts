import type { ExportedFile } from '../../../../shared/domain/plan'
import type { Delivery } from '../../../../shared/domain/files'
import { receiveFile } from '../../../api/receive-file'

/** What the export channel may answer: the file itself (today's plans/exportXlsx) or a hand-over. */
function isExportedFile(value: unknown): value is ExportedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { fileName?: unknown }).fileName === 'string' &&
    typeof (value as { contentBase64?: unknown }).contentBase64 === 'string'
  )
}

function isDelivery(value: unknown): value is Delivery {
  const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined
  return kind === 'saved' || kind === 'canceled' || kind === 'download'
}

/** Lets the browser save bytes under a name, through a temporary <a download> link. */
function saveBlob(file: ExportedFile): void {
  const binary = atob(file.contentBase64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
  const url = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = file.fileName
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    // Give the browser time to start the download before the blob goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}

/**
 * Finishes an export whatever the channel answered: a file in base64 is downloaded here; a
 * hand-over (saved by main after its dialog, or waiting on the preview server) goes through
 * receiveFile. Resolves to what happened, for the message shown.
 */
export async function deliverExport(result: unknown): Promise<Delivery> {
  if (isDelivery(result)) return receiveFile(result)
  if (isExportedFile(result)) {
    saveBlob(result)
    return { kind: 'download', id: '', fileName: result.fileName }
  }
  throw new Error('unexpected export result')
}
