/** Messages of the `copil` command line. */
export const cli = {
  help: `Copil — secrétariat du comité de pilotage

Utilisation : copil <commande> [options]

Commandes :
  check --db FICHIER        Vérifie l’intégrité de la base et sa version de schéma
  help                      Affiche cette aide

Options communes :
  --db FICHIER              Base de données à utiliser (ou variable COPIL_DB)
  -h, --help                Affiche cette aide
`,
  unknownCommand: 'Commande inconnue : « {{command}} ». Tapez « copil --help » pour la liste des commandes.',
  missingDb: 'Indiquez la base de données avec --db FICHIER (ou la variable COPIL_DB).',
  badOption: 'Option invalide : {{reason}}',
  check: {
    sound: 'Base saine : {{path}}\nVersion du schéma : {{version}} ({{state}})',
    upToDate: 'à jour',
    needsMigration: 'sera mise à jour à la prochaine ouverture, version actuelle {{latest}}',
    integrityFailed: 'Base endommagée : {{path}}\nVérification d’intégrité : {{details}}',
  },
} as const
