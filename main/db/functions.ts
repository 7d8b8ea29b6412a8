import type { Db } from './connection'
import { foldText } from '../../shared/text/fold'
import { decisionRichDoc, richPlainTextLoose, type RichDoc } from '../../shared/domain/rich-text'
import { splitPlainNextStep } from '../../shared/meetings/next-step-details'
import { registerHistoryFunctions } from './history/session'

/**
 * SQL functions every Copil connection has, so that queries compare names the same way as the
 * `*_key` columns are written: `fold(text)` drops accents and case (see shared/text/fold.ts).
 * `plain_decision_json(text)` is a decision typed as plain text as a rich document (migration 6).
 * `next_step_split(text)` moves a plain-text next step's later lines into its details (migration 8).
 * `history_actor()`, `history_save()`, `history_on()`: what the history triggers record (history/session.ts).
 * `rich_plain(json)` is a rich document's plain text, `search_join(a, b, …)` the non-empty texts
 * given, one per line: the search index's triggers (migration 13) call them at every write.
 * Migrations and triggers call these; they stay registered as long as those exist.
 */
export function registerFunctions(db: Db): void {
  registerHistoryFunctions(db)
  db.function('fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : value,
  )
  db.function('plain_decision_json', { deterministic: true }, (value: unknown) =>
    JSON.stringify(decisionRichDoc(typeof value === 'string' ? value : '')),
  )
  db.function('rich_plain', { deterministic: true }, (value: unknown) => richPlainOf(value))
  db.function('search_join', { deterministic: true, varargs: true }, (...parts: unknown[]) =>
    parts
      .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
      .map((p) => p.trim())
      .join('\n'),
  )
  // Migration 8: a plain-text next step as {"text", "details"} JSON, or NULL when it has no details.
  db.function('next_step_split', { deterministic: true }, (value: unknown) => {
    if (typeof value !== 'string') return null
    const { text, details } = splitPlainNextStep(value)
    return details ? JSON.stringify({ text, details }) : null
  })
}

/** Plain text of a stored rich document; empty for anything that is not one (never throws). */
function richPlainOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') return ''
  try {
    const doc = JSON.parse(value) as RichDoc
    return doc && typeof doc === 'object' ? richPlainTextLoose(doc) : ''
  } catch {
    return ''
  }
}
