/**
 * What `copil check` reads of a database's pages. SQLite's whole-file `integrity_check` also runs
 * the search index's own check (FTS5 tokenises every stored text again and compares it with the
 * index): at ten years, six sevenths of the command's time, for an index that is derived data.
 * So the usual check does what `integrity_check` does for every b-tree — table by table, which
 * reads every page in use — and accounts for every page of the file itself; `--full` runs SQLite's
 * whole check, search index included, as every backup's check does.
 *
 * The tables are independent of one another, so the usual check shares them between this thread and
 * one worker, each with its own read-only connection (./check-jobs.ts), when a core is free: the
 * worker's start costs 50 to 80 ms of CPU, which pays on an idle core and not on a busy machine
 * (./check-worker.ts). COPIL_CHECK_THREADS=1 or 2 decides instead (the tests run both ways).
 */
import Database from 'better-sqlite3'
import { t } from '../../../shared/i18n/translate'
import { runCheckJobs, type CheckJob, type JobResult, type PageCount } from './check-jobs'
import { startCheckWorker, type CheckWorker } from './check-worker'

export type CheckDepth = 'pages' | 'full'

export interface PageCheck {
  /** SQLite's own sentences, and ours for pages that belong to nothing. */
  problems: string[]
  /** Rows whose reference points to no row (`foreign_key_check`). */
  brokenKeys: number
}

/** SQLite never uses the page holding the lock bytes (files above 1 GiB). */
const PENDING_BYTE = 0x40000000
/** Pages mapped rather than copied one by one into the page cache: a third less work. */
const MMAP = 'mmap_size = 1073741824'

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`

/** A SQLite error thrown again on this thread with its code, so that a damaged file is told as such. */
class SqliteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message)
  }
}

/**
 * The jobs of the usual check: the foreign keys, the pages' accounting, then every table that has a
 * b-tree (the search index's own tables included) with its indexes, the largest first, so that the
 * two threads end together. A table's size is guessed from its last rowid and its index count.
 */
function checkJobs(db: Database.Database): CheckJob[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[]
  const indexes = new Map(
    (db.prepare("SELECT tbl_name AS name, count(*) AS n FROM sqlite_schema WHERE type = 'index' GROUP BY tbl_name").all() as { name: string; n: number }[]).map(
      (row) => [row.name, row.n],
    ),
  )
  const size = (name: string): number => {
    try {
      return ((db.prepare(`SELECT max(rowid) FROM ${quoted(name)}`).pluck().get() as number | null) ?? 0) * (1 + (indexes.get(name) ?? 0))
    } catch {
      return 0 // WITHOUT ROWID (the search index's own): small
    }
  }
  const trees = ['sqlite_schema', ...tables].map((name) => ({ name, size: size(name) })).sort((a, b) => b.size - a.size)
  return [{ kind: 'keys' }, { kind: 'pages' }, ...trees.map(({ name }): CheckJob => ({ kind: 'tree', name }))]
}

function pagesProblem(count: PageCount): string[] {
  const { inTrees, pageCount, free, pageSize } = count
  const lockPage = pageCount * pageSize > PENDING_BYTE ? 1 : 0
  return inTrees + free + lockPage === pageCount ? [] : [t('cli.check.pagesUnaccounted', { pageCount, inTrees, free })]
}

function problemsOf(rows: unknown): string[] {
  return (rows as { integrity_check?: string }[]).map((row) => row.integrity_check ?? '').filter((text) => text !== 'ok')
}

/**
 * The problems SQLite finds in the pages of the database at `path` (whose size was checked against
 * its header), none when sound, and its broken references.
 *
 * `pages`: `integrity_check` of `sqlite_schema` and of every table that has a b-tree (the search
 * index's own tables included): each page's structure, every cell and overflow chain, each row's
 * types, NOT NULL and CHECK constraints, every index entry against its row; then the file's page
 * count against the pages found in those b-trees plus the free list's count, so that no page is lost
 * or shared. What it leaves out: the free list's pages one by one, and whether the search index
 * agrees with the texts (it is rebuilt from them) — `full` and every backup's check read those too.
 */
export async function checkPages(path: string, depth: CheckDepth, started?: CheckWorker): Promise<PageCheck> {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    db.pragma(MMAP)
    // Pointer-map pages (auto-vacuum, never set by Copil) are not counted below: read everything.
    if (depth === 'full' || (db.pragma('auto_vacuum', { simple: true }) as number) !== 0) {
      started?.cancel()
      return { problems: problemsOf(db.pragma('integrity_check')), brokenKeys: (db.pragma('foreign_key_check') as unknown[]).length }
    }
    const jobs = checkJobs(db)
    const results = new Map<number, JobResult>()
    const counter = new SharedArrayBuffer(4)
    let allIn = (): void => undefined
    const complete = new Promise<void>((resolve) => {
      allIn = resolve
    })
    const record = (result: JobResult): void => {
      results.set(result.index, result)
      if (results.size === jobs.length) allIn()
    }
    // The worker started with the command (../check-entry.ts), or one started now.
    const helper = started ?? startCheckWorker(path)
    const worker = helper ? helper.share(jobs, counter, record) : Promise.resolve()
    runCheckJobs(Database, path, jobs, new Int32Array(counter), record, db)
    // Every result in (the worker's end is not waited for: 10 to 20 ms), or the worker has ended.
    await Promise.race([worker, complete])
    helper?.release()
    // What the worker took but did not finish (it failed to start or stopped): done here.
    jobs.forEach((job, index) => {
      if (!results.has(index)) runCheckJobs(Database, path, [job], new Int32Array(1), (result) => results.set(index, { ...result, index }), db)
    })
    const check: PageCheck = { problems: [], brokenKeys: 0 }
    let pages: PageCount | undefined
    for (let index = 0; index < jobs.length; index += 1) {
      const result = results.get(index) as JobResult
      if (result.error) throw new SqliteError(result.error.message, result.error.code)
      check.problems.push(...(result.problems ?? []))
      check.brokenKeys += result.brokenKeys ?? 0
      pages ??= result.pages
    }
    // Pages are counted only in sound b-trees: a damaged one is already told.
    if (check.problems.length === 0 && pages) check.problems.push(...pagesProblem(pages))
    return check
  } finally {
    db.close()
  }
}
