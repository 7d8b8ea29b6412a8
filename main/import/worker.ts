/**
 * Entry of the import worker (bundled as dist/main/import-worker.cjs): reads one people file or one
 * plan file off the request loop, so that the app keeps answering while exceljs or a parser works.
 */
import { parentPort } from 'node:worker_threads'
import type { CsvEncoding } from '../../shared/domain/people-import'
import { readPeopleBytes } from './people/read-file'
import { readPlanBytes } from './plan/read-file'

/** What the host sends: the bytes, transferred rather than copied, and what to read them as. */
export type WorkerJob =
  | { kind: 'people'; fileName: string; bytes: Uint8Array; encoding?: CsvEncoding | undefined }
  | { kind: 'plan'; fileName: string; bytes: Uint8Array; today: string }

function run(job: WorkerJob): Promise<unknown> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)
  if (job.kind === 'plan') return readPlanBytes({ fileName: job.fileName, bytes, today: job.today })
  return readPeopleBytes({ fileName: job.fileName, bytes, encoding: job.encoding })
}

parentPort?.once('message', (job: WorkerJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  )
})
