/**
 * How a person is written wherever they appear as a participant — the app, the PDF, the Word
 * file and the workbook: « Mme Prénom NOM », the surname in capitals as official relevés print
 * it. Display only: what was typed is stored and edited as typed, and sorting folds the typed text.
 */

/** Trims and collapses the spaces a name may have been typed with. */
function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/**
 * The surname in capitals, French rules (« Tlemçani » → « TLEMÇANI », « Groß » → « GROSS »):
 * particles (« Ben », « El ») and hyphenated parts too; scripts without case (Arabic) unchanged.
 */
export function surnameText(lastName: string): string {
  return tidy(lastName).toLocaleUpperCase('fr')
}

/** « Mme Prénom NOM »: civility, first name as typed, surname in capitals; empty parts left out. */
export function personName(p: { civility?: string | null; firstName: string; lastName: string }): string {
  return [p.civility ?? '', tidy(p.firstName), surnameText(p.lastName)].filter((part) => part !== '').join(' ')
}
