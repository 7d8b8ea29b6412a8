/**
 * Names folded for comparison: « Espace  Associatif » and « ESPACE ASSOCIATIF » are the same
 * organisation, « Hélène » and « helene » the same first name. Stored in `*_key` columns.
 */

// Letters that NFD does not split into a base letter and a combining accent.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' }

/** Folds text for comparison: no accents, lower case, spaces collapsed and trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøđłı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim()
}

/** The key that identifies a person's name: folded « prénom nom ». */
export function personNameKey(firstName: string, lastName: string): string {
  return foldText(`${firstName} ${lastName}`)
}
