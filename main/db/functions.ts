import type { Db } from './connection'
import { foldText } from '../../shared/text/fold'
import { decisionRichDoc } from '../../shared/domain/rich-text'

/**
 * SQL functions every Copil connection has, so that queries compare names the same way as the
 * `*_key` columns are written: `fold(text)` drops accents and case (see shared/text/fold.ts).
 * `plain_decision_json(text)` is a decision typed as plain text as a rich document (migration 6).
 */
export function registerFunctions(db: Db): void {
  db.function('fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : value,
  )
  db.function('plain_decision_json', { deterministic: true }, (value: unknown) =>
    JSON.stringify(decisionRichDoc(typeof value === 'string' ? value : '')),
  )
}
