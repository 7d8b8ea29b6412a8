/** Reads a people file in the import worker (../off-thread.ts), off the request loop. */
import { t } from '../../../shared/i18n/translate'
import { runImportJob } from '../off-thread'
import type { PeopleFileInput, ReadResult } from './read-file'

/** Reads the file in a worker thread; the same result as readPeopleFile. */
export async function readPeopleFileOffThread(file: PeopleFileInput): Promise<ReadResult> {
  const name = file.fileName.trim()
  // Decoded here and handed over, not copied: the worker never holds the base64 text.
  const bytes = Buffer.from(file.contentBase64, 'base64')
  const outcome = await runImportJob<ReadResult>({
    kind: 'people',
    fileName: file.fileName,
    bytes,
    encoding: file.encoding,
  })
  if (outcome.kind === 'done') return outcome.result
  const message =
    outcome.kind === 'heavy'
      ? t('data.import.tooHeavy', { name })
      : t('data.import.unreadable', { name, reason: outcome.message })
  return { ok: false, fileErrors: [message], encoding: null }
}
