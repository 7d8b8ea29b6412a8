/**
 * The reading of one imported people or plan file, as the background worker runs it
 * (main/workers/entry.ts): exceljs or a parser works there, off the request loop.
 */
import type { CsvEncoding } from '../../shared/domain/people-import'
import type { Language } from '../../shared/i18n/languages'
import { setLanguage } from '../../shared/i18n/translate'
import { readPeopleBytes } from './people/read-file'
import { readPlanBytes } from './plan/read-file'

/**
 * What the host sends: the bytes, transferred rather than copied, what to read them as, and the
 * language of the interface (the worker's messages and notes are the user's to read).
 */
export type ImportJob = ImportRequest & { language: Language }

/** A job as the import code asks for it; ../off-thread.ts adds the language. */
export type ImportRequest =
  | { kind: 'people'; fileName: string; bytes: Uint8Array; encoding?: CsvEncoding | undefined }
  | { kind: 'plan'; fileName: string; bytes: Uint8Array; today: string }

/** Reads the file the job names; the same result as reading it on the main thread. */
export function readImportJob(job: ImportJob): Promise<unknown> {
  setLanguage(job.language)
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)
  if (job.kind === 'plan') return readPlanBytes({ fileName: job.fileName, bytes, today: job.today })
  return readPeopleBytes({ fileName: job.fileName, bytes, encoding: job.encoding })
}
