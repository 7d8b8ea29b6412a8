/** Messages of errors that cross the API boundary or reach the command line. */
export const errors = {
  unknownChannel: 'Action inconnue : « {{channel}} ».',
  invalidInput: 'Données invalides : {{details}}',
  tooDeep: 'structure trop imbriquée.',
  notFound: 'Élément introuvable.',
  conflict: 'Conflit : {{details}}',
  internal: 'Erreur interne inattendue. Vos données n’ont pas été modifiées.',
  startup: 'Copil n’a pas pu démarrer : {{reason}}',
  db: {
    notSqlite: 'Le fichier « {{path}} » n’est pas une base de données Copil (ce n’est pas une base SQLite). Il n’a pas été modifié.',
    newer: 'Cette base de données a été créée par une version plus récente de Copil (schéma {{found}}, cette version connaît le schéma {{known}}). Mettez Copil à jour. Le fichier n’a pas été modifié.',
    cannotOpen: 'Impossible d’ouvrir la base de données « {{path}} » : {{reason}}',
    damaged: 'Le fichier « {{path}} » est endommagé : {{problem}} Il n’a pas été modifié.',
    missing: 'Le fichier « {{path}} » est introuvable.',
    busy: 'La base de données est occupée par un autre programme. Réessayez dans un instant.',
    readonly: 'Écriture impossible : la base de données est en lecture seule. Rien n’a été enregistré.',
    full: 'Écriture impossible : le disque est plein. Rien n’a été enregistré.',
    ioError: 'Le disque n’a pas pu lire ou écrire la base (erreur d’entrée-sortie). Rien n’a été enregistré ; vérifiez le disque ou la clé, puis réessayez.',
    corrupt: 'La base de données est endommagée. Fermez Copil et rouvrez-le : l’écran de récupération proposera la dernière sauvegarde saine.',
    constraint: 'Enregistrement refusé : {{reason}}',
    generic: 'Erreur de la base de données : {{reason}}. Rien n’a été enregistré.',
  },
} as const
