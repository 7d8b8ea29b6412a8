/** Backups and restore, in the app and the CLI. */
export const backup = {
  notFound: 'Sauvegarde introuvable : elle a peut-être été supprimée par la rotation automatique.',
  integrityFailed: 'La copie de sauvegarde est endommagée ({{details}}) : elle a été écartée.',
  reasons: {
    quotidienne: 'Quotidienne',
    manuelle: 'Manuelle',
    'avant-migration': 'Avant mise à jour',
    'avant-import': 'Avant import',
    'avant-restauration': 'Avant restauration',
    'avant-exemple': 'Avant chargement de l’exemple',
  },
  holders: {
    electron: 'l’application Copil',
    web: 'l’aperçu navigateur de Copil (npm run web)',
    cli: 'la commande « copil {{command}} »',
    one: '{{what}} (processus {{pid}})',
    remote: '{{what}} sur l’ordinateur « {{host}} » (processus {{pid}}) ; si Copil n’y tourne plus, supprimez le fichier {{file}}',
    refused: {
      restore:
        'Restauration refusée : la base « {{path}} » est ouverte par {{holders}}. Ce programme continuerait d’écrire dans l’ancien fichier et ses enregistrements seraient perdus. Rien n’a été modifié. Fermez-le puis relancez la commande, ou restaurez depuis l’application (Paramètres → Sauvegardes).',
      demo: 'Chargement de l’exemple refusé : la base « {{path}} » est ouverte par {{holders}}. Rien n’a été modifié. Fermez-le puis relancez la commande.',
      inApp: 'Restauration refusée : la base est aussi ouverte par {{holders}}, qui continuerait d’écrire dans l’ancien fichier. Rien n’a été modifié. Fermez-le, puis restaurez.',
    },
    waitTimeout: 'Une opération qui remplace la base est en cours ({{holders}}). Attendez qu’elle se termine, puis relancez Copil.',
  },
  cli: {
    done: 'Sauvegarde écrite : {{path}} ({{size}} octets, intégrité vérifiée)',
    restored: 'Base restaurée depuis {{from}}. L’ancienne base a été sauvegardée dans {{backup}}.',
    missingOut: 'Indiquez le fichier de sauvegarde avec --out FICHIER.',
    missingFrom: 'Indiquez la sauvegarde à restaurer avec --from FICHIER.',
    outExists: 'Le fichier « {{path}} » existe déjà : choisissez un autre nom.',
  },
} as const
