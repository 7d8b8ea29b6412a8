/**
 * The jobs of `copil check` (./check-pages.ts): each thread that runs them takes the next one from a
 * counter they share, until none is left. The worker runs `runCheckJobs` from its source text, so
 * this function uses nothing but its arguments and JavaScript's globals.
 */
import type Database from 'better-sqlite3'

export type CheckJob = { kind: 'keys' } | { kind: 'pages' } | { kind: 'tree'; name: string }

/** The pages of the file, as one read sees them. */
export interface PageCount {
  inTrees: number
  pageCount: number
  free: number
  pageSize: number
}

export interface JobResult {
  index: number
  problems?: string[]
  brokenKeys?: number
  pages?: PageCount
  /** SQLite's error, its code kept (a damaged page is SQLITE_CORRUPT). */
  error?: { message: string; code?: string }
}

/**
 * Runs jobs taken from `counter` on a read-only connection to `path` (or on `open`, this thread's own)
 * and reports each result: `keys` the rows `foreign_key_check` finds, `pages` the pages in b-trees and
 * free against the file's count (one read transaction, so that the counts agree), `tree` what
 * `integrity_check` says of one table and its indexes.
 */
export function runCheckJobs(
  Sqlite: typeof Database,
  path: string,
  jobs: readonly CheckJob[],
  counter: Int32Array,
  report: (result: JobResult) => void,
  open?: Database.Database,
): void {
  const db = open ?? new Sqlite(path, { readonly: true, fileMustExist: true })
  try {
    if (!open) db.pragma('mmap_size = 1073741824')
    for (let index = Atomics.add(counter, 0, 1); index < jobs.length; index = Atomics.add(counter, 0, 1)) {
      const job = jobs[index] as CheckJob
      try {
        if (job.kind === 'keys') {
          report({ index, brokenKeys: (db.pragma('foreign_key_check') as unknown[]).length })
        } else if (job.kind === 'pages') {
          db.exec('BEGIN')
          try {
            const inTrees = db.prepare('SELECT coalesce(sum(pageno), 0) FROM dbstat WHERE aggregate = TRUE').pluck().get() as number
            const number = (name: string): number => db.pragma(name, { simple: true }) as number
            report({ index, pages: { inTrees, pageCount: number('page_count'), free: number('freelist_count'), pageSize: number('page_size') } })
          } finally {
            db.exec('COMMIT')
          }
        } else {
          const rows = db.pragma(`integrity_check("${job.name.replaceAll('"', '""')}")`) as { integrity_check: string }[]
          report({ index, problems: rows.map((row) => row.integrity_check).filter((text) => text !== 'ok') })
        }
      } catch (error) {
        report({ index, error: { message: String((error as Error).message), code: (error as { code?: string }).code } })
      }
    }
  } finally {
    if (!open) db.close()
  }
}
