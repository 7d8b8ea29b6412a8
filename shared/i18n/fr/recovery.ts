/** The screen shown when the database is damaged at launch. */
export const recovery = {
  problems: {
    integrity: 'La vérification de la base a trouvé des pages abîmées ({{details}}).',
    unreadable: 'La base ne peut pas être lue : le fichier est abîmé, tronqué ou n’est pas une base Copil (détail technique : {{reason}}).',
  },
  notDamaged: 'La base de données est saine : aucune réparation n’est nécessaire.',
  unavailable: 'La base de données est endommagée : choisissez d’abord une sauvegarde à restaurer dans l’écran de récupération.',
  screen: {
    title: 'La base de données est endommagée',
    intro: 'Copil n’a pas pu ouvrir vos données sans risque. Le fichier endommagé ne sera ni modifié ni effacé : il sera mis de côté, à côté de l’original, pour pouvoir être examiné.',
    file: 'Fichier : {{path}}',
    problem: 'Problème constaté : {{problem}}',
    latest: 'Dernière sauvegarde saine : {{date}}',
    restore: 'Restaurer la dernière sauvegarde saine',
    restoreThis: 'Restaurer celle-ci',
    others: 'Autres sauvegardes saines',
    none: 'Aucune sauvegarde saine n’a été trouvée.',
    startEmpty: 'Repartir d’une base vide',
    working: 'Restauration en cours…',
    done: 'C’est fait. Le fichier endommagé a été mis de côté : {{path}}',
  },
} as const
