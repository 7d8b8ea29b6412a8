/**
 * The reading of one imported people or plan file, as the background worker runs it
 * (main/workers/entry.ts): exceljs or a parser works there, off the request loop.
 */
import type { CsvEncoding } from '../../shared/domain/people-import'
import { readPeopleBytes } from './people/read-file'
import { readPlanBytes } from './plan/read-file'

/** What the host sends: the bytes, transferred rather than copied, and what to read them as. */
export type ImportJob =
  | { kind: 'people'; fileName: string; bytes: Uint8Array; encoding?: CsvEncoding | undefined }
  | { kind: 'plan'; fileName: string; bytes: Uint8Array; today: string }

/** Reads the file the job names; the same result as reading it on the main thread. */
export function readImportJob(job: ImportJob): Promise<unknown> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)
  if (job.kind === 'plan') return readPlanBytes({ fileName: job.fileName, bytes, today: job.today })
  return readPeopleBytes({ fileName: job.fileName, bytes, encoding: job.encoding })
}
