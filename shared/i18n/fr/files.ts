/** Saving, opening and downloading files. */
export const files = {
  desktopOnly: 'Disponible dans l’application de bureau seulement.',
  cannotOpen: 'Ce fichier ne peut pas être ouvert (il a été déplacé ou n’a pas été enregistré par Copil).',
  saved: 'Fichier enregistré : {{path}}',
  downloaded: 'Fichier téléchargé : {{fileName}}',
  canceled: 'Enregistrement annulé.',
  open: 'Ouvrir',
  reveal: 'Afficher dans le dossier',
  failed: 'Le fichier n’a pas pu être enregistré : {{message}}',
} as const
