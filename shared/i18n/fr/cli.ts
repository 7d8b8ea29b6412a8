/** Messages of the `copil` command line. */
export const cli = {
  help: `Copil — secrétariat du comité de pilotage

Utilisation : copil <commande> [options]

Commandes :
  check --db FICHIER [--full]
                            Vérifie l’intégrité de la base (chaque page) et sa version de schéma ;
                            --full vérifie aussi l’index de recherche contre les textes (plus long)
  backup --db FICHIER --out FICHIER
                            Sauvegarde la base (copie en ligne, intégrité vérifiée)
  restore --db FICHIER --from FICHIER
                            Restaure une sauvegarde (l’ancienne base est sauvegardée d’abord)
  demo --db FICHIER [--force]
                            Charge l’exemple : la réunion du COPIL du 15 juillet 2020 et le plan
                            d’action 2018-2020 (base vide seulement ; --force copie d’abord la base
                            dans FICHIER.avant-exemple-<date>.sqlite, puis la vide)
  import-json --db FICHIER PLAN.json
                            Importe un plan d’action complet (format : docs/plan-format.md) ;
                            tout le fichier est vérifié d’abord, rien n’est écrit s’il a une erreur
  import-plan --db FICHIER [--title NOM] PLAN.xlsx|PLAN.json
                            Importe un plan d’action de son classeur de suivi (colonnes de
                            « export --plan ») ou de son fichier JSON, comme « Importer un plan » ;
                            tout le fichier est vérifié d’abord, rien n’est écrit s’il a une erreur
  export-json --db FICHIER [--plan ID] --out PLAN.json
                            Exporte un plan d’action complet au même format
  progress --db FICHIER [--plan ID] [--as-of AAAA-MM-JJ | --as-of-meeting ID] [--json]
                            Avancement du plan, de ses axes et de ses engagements (tableau ou JSON)
  export --db FICHIER --plan ID --format xlsx --out FICHIER [--as-of AAAA-MM-JJ]
                            Classeur Excel de suivi du plan : une ligne par activité
  export --db FICHIER --meeting ID --format pdf|xlsx|docx --out FICHIER
                            Relevé de conclusions d’une réunion
  adopt --db FICHIER --meeting ID [--at-meeting ID] [--date AAAA-MM-JJ]
                            Adopte le relevé d’une réunion (lors de la réunion --at-meeting, où
                            l’adoption est inscrite comme décision) : empreinte SHA-256, version,
                            verrouillage ; un relevé adopté ne change plus (erratum seulement)
  verify --db FICHIER RELEVE.pdf
                            Dit si un PDF est une version adoptée, laquelle, et sinon ce qui
                            diffère ; code de sortie 0 seulement pour une version adoptée
  parse-participants [--json]
                            Lit une liste de participants collée (relevé, PDF, courriel) sur
                            l’entrée standard et affiche, par personne, civilité, prénom, nom,
                            organisme, sigle et fonction
  decisions --db FICHIER [--committee ID] [--meeting ID] [--status STATUT] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ] [--json]
                            Registre des décisions : numéro (D-2020-007), réunion, point, statut
  actions --db FICHIER [--committee ID] [--meeting ID] [--open] [--json]
                            Suivi des actions : responsable, échéance, statut, notes ; en retard d’abord
  search --db FICHIER [--json] [--par-type N] "TERMES"
                            Cherche dans les réunions, introductions, points discutés, décisions,
                            actions, personnes, organisations, engagements et activités (accents,
                            majuscules et voyelles courtes de l’arabe ignorés) ; code 1 sans résultat
  help                      Affiche cette aide

Options communes :
  --db FICHIER              Base de données à utiliser (ou variable COPIL_DB)
  -h, --help                Affiche cette aide
`,
  unknownCommand: 'Commande inconnue : « {{command}} ». Tapez « copil --help » pour la liste des commandes.',
  missingDb: 'Indiquez la base de données avec --db FICHIER (ou la variable COPIL_DB).',
  badOption: 'Option invalide : {{reason}}',
  demo: {
    notEmpty:
      'La base {{path}} contient déjà des données : l’exemple n’y a pas été chargé.\nPour la remplacer par l’exemple, relancez avec --force (une copie de la base actuelle est faite d’abord).',
    backedUp: 'Copie de la base actuelle : {{path}}',
    loaded: 'Exemple chargé dans {{path}} : réunion du COPIL du 15 juillet 2020 (n° {{meetingId}}) et plan d’action 2018-2020 (n° {{planId}}).',
    previousKept: 'La base d’avant le chargement est intacte dans : {{path}}',
  },
  participants: {
    line: '{{n}}. civilité : {{civility}} · prénom : {{firstName}} · nom : {{lastName}} · organisme : {{organisation}} · sigle : {{acronym}} · fonction : {{function}}',
    none: '—',
    count_one: '{{count}} personne lue.',
    count_other: '{{count}} personnes lues.',
    skipped: 'Ligne {{line}} ignorée (ni une personne ni la suite d’une personne) : « {{text}} »',
    nobody: 'Aucune personne lue : collez une ligne par personne, par exemple « Mme Prénom NOM, Organisation ».',
  },
  check: {
    sound: 'Base saine : {{path}}\nVersion du schéma : {{version}} ({{state}})',
    upToDate: 'à jour',
    needsMigration: 'sera mise à jour à la prochaine ouverture, version actuelle {{latest}}',
    integrityFailed: 'Base endommagée : {{path}}\nVérification d’intégrité : {{details}}',
    scopePages:
      'Vérifié : en-tête et taille du fichier, chaque page des tables et des index, le compte des pages, les références entre tables. L’accord de l’index de recherche avec les textes est vérifié par « copil check --full » et à chaque sauvegarde.',
    scopeFull: 'Vérifié : en-tête et taille du fichier, chaque page, la liste des pages libres, l’index de recherche contre les textes, les références entre tables.',
    brokenKeys: 'Références cassées entre tables : {{number}}',
    pagesUnaccounted: 'le fichier compte {{pageCount}} pages, mais {{inTrees}} sont dans les tables et les index et {{free}} sont libres',
  },
} as const
