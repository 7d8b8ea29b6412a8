import type { Db } from './connection'
import { foldText } from '../../shared/text/fold'

/**
 * SQL functions every Copil connection has, so that queries compare names the same way as the
 * `*_key` columns are written: `fold(text)` drops accents and case (see shared/text/fold.ts).
 */
export function registerFunctions(db: Db): void {
  db.function('fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : value,
  )
}
