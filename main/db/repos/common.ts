/** Small helpers every repository uses: cached statements, French refusals, dates, search patterns. */
import type Database from 'better-sqlite3'
import type { Db } from '../connection'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { foldText } from '../../../shared/text/fold'

type NotFoundKind =
  | 'organisation'
  | 'person'
  | 'committee'
  | 'membership'
  | 'meeting'
  | 'attendance'
  | 'agendaItem'
  | 'decision'
  | 'nextStep'
  | 'engagement'

const statements = new WeakMap<Db, Map<string, Database.Statement>>()

/**
 * A prepared statement, prepared once per connection: preparing costs more than running the small
 * queries of the meeting editor, whose budget is a few milliseconds.
 */
export function sql(db: Db, text: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) {
    cache = new Map()
    statements.set(db, cache)
  }
  let statement = cache.get(text)
  if (!statement) {
    statement = db.prepare(text)
    cache.set(text, statement)
  }
  return statement
}

/** The French NOT_FOUND error for one kind of row, with the field that named it when there is one. */
export function notFound(kind: NotFoundKind, field?: string): AppError {
  const message = t(`data.notFound.${kind}`)
  return new AppError('NOT_FOUND', message, field ? { [field]: message } : undefined)
}

/** Today's date, yyyy-mm-dd, in Morocco (where the committee sits), for « current member ». */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Africa/Casablanca',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

/** A LIKE pattern that finds the folded search text anywhere (its % and _ taken literally, escaped with \). */
export function containsPattern(search: string): string {
  return `%${foldText(search).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** The words of a search, folded; empty when the search is blank. */
export function searchWords(search: string | undefined): string[] {
  return search
    ? foldText(search)
        .split(' ')
        .filter((word) => word.length > 0)
    : []
}

/** A LIKE pattern for one already-folded word. */
export function wordPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
