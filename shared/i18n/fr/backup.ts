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
  cli: {
    done: 'Sauvegarde écrite : {{path}} ({{size}} octets, intégrité vérifiée)',
    restored: 'Base restaurée depuis {{from}}. L’ancienne base a été sauvegardée dans {{backup}}.',
    missingOut: 'Indiquez le fichier de sauvegarde avec --out FICHIER.',
    missingFrom: 'Indiquez la sauvegarde à restaurer avec --from FICHIER.',
    outExists: 'Le fichier « {{path}} » existe déjà : choisissez un autre nom.',
  },
} as const
