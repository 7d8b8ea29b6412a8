/**
 * Entry of the import worker (bundled as dist/main/import-worker.cjs): reads one people file off
 * the request loop, so that the app keeps answering while exceljs or the CSV reader works.
 */
import { parentPort } from 'node:worker_threads'
import type { CsvEncoding } from '../../../shared/domain/people-import'
import { readPeopleBytes } from './read-file'

/** What the host sends: the bytes, transferred rather than copied. */
export interface WorkerFile {
  fileName: string
  bytes: Uint8Array
  encoding?: CsvEncoding | undefined
}

parentPort?.once('message', (file: WorkerFile) => {
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)
  readPeopleBytes({ fileName: file.fileName, bytes, encoding: file.encoding }).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  )
})
