/** The screen shown when the database is damaged at launch. */
export const recovery = {
  problems: {
    integrity_one: 'la vérification de la base a trouvé des pages abîmées ({{count}} anomalie relevée).',
    integrity_other: 'la vérification de la base a trouvé des pages abîmées ({{count}} anomalies relevées).',
    unreadable: 'Copil n’a pas le droit de lire ce fichier (droits d’accès insuffisants).',
    io: 'le disque n’a pas pu lire ce fichier (erreur d’entrée-sortie).',
    empty: 'le fichier de la base est vide (0 octet) alors que des sauvegardes existent : ses données ont disparu.',
    notSqlite: 'ce fichier n’est pas une base de données Copil (ce n’est pas une base SQLite).',
    truncated: 'le fichier a été tronqué : il ne garde que {{size}} octets des {{expected}} de la base ({{percent}} %).',
    corrupt: 'des pages de la base sont abîmées.',
  },
  cli: {
    latest: 'Dernière sauvegarde saine : {{path}} ({{date}}).\nPour la restaurer (la base endommagée sera mise de côté, jamais écrasée) :\n  copil restore --db "{{db}}" --from "{{path}}"',
    none: 'Aucune sauvegarde saine n’a été trouvée dans {{dir}}.',
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
