/** Interface text of the meeting's introduction, next-step details and a remote meeting's place. */
export const minutesIntro = {
  introduction: {
    title: 'Introduction',
    hint: 'Imprimée dans le relevé sous « Points discutés », avant le premier point : ouverture de la séance, contexte, rappel des objectifs…',
    editorLabel: 'Introduction des points discutés',
  },
  nextStepDetails: {
    add: 'Ajouter des détails',
    addFor: 'Ajouter des détails à l’étape {{n}}',
    editorLabel: 'Détails de l’étape {{n}}',
  },
  remotePlaceHint: 'Facultatif : imprimé dans le relevé s’il est rempli.',
} as const
