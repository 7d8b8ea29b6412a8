/** Strings of the blocks of « Points discutés » and « Points arrêtés »: short headings, notes, numbering. */
export const minutesBlocks = {
  style: {
    legend: 'Présentation des points arrêtés',
    number: 'Numérotés (1., 2., …)',
    bullet: 'À puces (•)',
  },
  note: 'Note « NB » (non numérotée)',
  noteMark: 'NB',
  bulletMark: '•',
  noteEditorLabel: 'Texte de la note NB (point arrêté {{n}} de la liste)',
  headings: {
    legend: 'Intitulés courts des blocs « Points arrêtés »',
    hint: 'Vide : l’intitulé du point de l’ordre du jour est repris dans le relevé.',
    decisions: 'Intitulé du bloc « Points arrêtés » du point {{n}}',
    discussion: 'Intitulé court du bloc',
    discussionLabel: 'Intitulé court du bloc « Points discutés » du point {{n}}',
  },
} as const
