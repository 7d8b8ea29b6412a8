/**
 * The Arabic catalogue (Modern Standard Arabic as Moroccan administrations write it, Western
 * digits), one file per French file with the same name and the same export, each typed with
 * `ArabicOf<typeof frX>` (see ./types.ts).
 *
 * While the translation is under way the index is a `Partial` of the full catalogue: i18next
 * falls back to French for a namespace not yet here, and tests/unit/i18n/ar-parity.test.ts lists
 * the French files still pending. When that list is empty this becomes `ArabicCatalogue` in full.
 */
import type { Catalogue } from '../fr'
import type { ArabicOf } from './types'

export type ArabicCatalogue = ArabicOf<Catalogue>

export const ar = {} satisfies Partial<ArabicCatalogue>
