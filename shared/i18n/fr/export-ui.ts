/** Export buttons of the meeting editor. */
export const exportUi = {
  pdf: 'Exporter en PDF',
  xlsx: 'Exporter en Excel',
  docx: 'Exporter en Word',
  busy: 'Export en cours…',
  /** After a PDF export (and on the CLI's stderr): the characters no font of the PDF has. */
  unprintable_one: 'Le PDF est enregistré, mais un caractère qu’aucune de ses polices ne contient y est imprimé « � » : {{chars}}.',
  unprintable_other: 'Le PDF est enregistré, mais {{count}} caractères qu’aucune de ses polices ne contient y sont imprimés « � » : {{chars}}.',
  /** One of those characters, with its Unicode code point: « « ☃ » (U+2603) ». */
  unprintableChar: '« {{char}} » ({{code}})',
  listSeparator: ', ',
} as const
