import type { Db } from './connection'
import { foldText } from '../../shared/text/fold'
import { decisionRichDoc } from '../../shared/domain/rich-text'
import { splitPlainNextStep } from '../../shared/meetings/next-step-details'
import { registerHistoryFunctions } from './history/session'

/**
 * SQL functions every Copil connection has, so that queries compare names the same way as the
 * `*_key` columns are written: `fold(text)` drops accents and case (see shared/text/fold.ts).
 * `plain_decision_json(text)` is a decision typed as plain text as a rich document (migration 6).
 * `next_step_split(text)` moves a plain-text next step's later lines into its details (migration 8).
 * Migrations call these; they stay registered as long as those migrations exist.
 * `history_actor()`, `history_save()`, `history_on()`: what the history triggers record (history/session.ts).
 */
export function registerFunctions(db: Db): void {
  registerHistoryFunctions(db)
  db.function('fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : value,
  )
  db.function('plain_decision_json', { deterministic: true }, (value: unknown) =>
    JSON.stringify(decisionRichDoc(typeof value === 'string' ? value : '')),
  )
  // Migration 8: a plain-text next step as {"text", "details"} JSON, or NULL when it has no details.
  db.function('next_step_split', { deterministic: true }, (value: unknown) => {
    if (typeof value !== 'string') return null
    const { text, details } = splitPlainNextStep(value)
    return details ? JSON.stringify({ text, details }) : null
  })
}
