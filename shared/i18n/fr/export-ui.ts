/** Export buttons of the meeting editor. */
export const exportUi = {
  pdf: 'Exporter en PDF',
  xlsx: 'Exporter en Excel',
  docx: 'Exporter en Word',
  busy: 'Export en cours…',
} as const
