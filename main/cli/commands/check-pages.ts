/**
 * What `copil check` reads of a database's pages. SQLite's whole-file `integrity_check` also runs
 * the search index's own check (FTS5 tokenises every stored text again and compares it with the
 * index): at ten years, six sevenths of the command's time, for an index that is derived data.
 * So the usual check does what `integrity_check` does for every b-tree — table by table, which
 * reads every page in use — and accounts for every page of the file itself; `--full` runs SQLite's
 * whole check, search index included, as every backup's check does.
 */
import type { Db } from '../../db/connection'
import { t } from '../../../shared/i18n/translate'

export type CheckDepth = 'pages' | 'full'

/** SQLite never uses the page holding the lock bytes (files above 1 GiB). */
const PENDING_BYTE = 0x40000000

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`

function problemsOf(rows: unknown): string[] {
  return (rows as { integrity_check?: string; quick_check?: string }[])
    .map((row) => row.integrity_check ?? row.quick_check ?? '')
    .filter((text) => text !== 'ok')
}

const pragmaNumber = (db: Db, name: string): number => db.pragma(name, { simple: true }) as number

/**
 * The problems SQLite finds in the pages of `db` (a read-only connection to a file whose size was
 * checked against its header), none when sound.
 *
 * `pages`: `integrity_check` of `sqlite_schema` and of every table that has a b-tree (the search
 * index's own tables included): each page's structure, every cell and overflow chain, each row's
 * types and NOT NULL columns, every index entry against its row; then the file's page count against
 * the pages found in those b-trees plus the free list's count, so that no page is lost or shared.
 * What it leaves out: the free list's pages one by one, and whether the search index agrees with
 * the texts (it is rebuilt from them) — `full` and every backup's check read those too.
 */
export function pageProblems(db: Db, depth: CheckDepth): string[] {
  // Pages mapped rather than copied one by one into the page cache: a third less work. The size
  // was checked against the header, so no page lies beyond the end of the file.
  db.pragma('mmap_size = 1073741824')
  // Pointer-map pages (auto-vacuum, never set by Copil) are not counted below: read everything.
  if (depth === 'full' || pragmaNumber(db, 'auto_vacuum') !== 0) return problemsOf(db.pragma('integrity_check'))
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
    .pluck()
    .all() as string[]
  const problems: string[] = []
  for (const name of ['sqlite_schema', ...tables]) problems.push(...problemsOf(db.pragma(`integrity_check(${quoted(name)})`)))
  if (problems.length > 0) return problems
  const inTrees = db.prepare('SELECT coalesce(sum(pageno), 0) FROM dbstat WHERE aggregate = TRUE').pluck().get() as number
  const pageCount = pragmaNumber(db, 'page_count')
  const free = pragmaNumber(db, 'freelist_count')
  const lockPage = pageCount * pragmaNumber(db, 'page_size') > PENDING_BYTE ? 1 : 0
  if (inTrees + free + lockPage !== pageCount) problems.push(t('cli.check.pagesUnaccounted', { pageCount, inTrees, free }))
  return problems
}
