/**
 * Importing a plan from a file in the interface (« Importer un plan ») and with `copil import-plan`:
 * the JSON interchange file or the plan follow-up workbook, previewed before anything is written.
 */
export const planImport = {
  // What main says about a file.
  notAPlanFile:
    'Le fichier « {{name}} » n’est ni un plan au format JSON de Copil (.json) ni un classeur de suivi du plan (.xlsx).',
  oldExcel:
    'Le fichier « {{name}} » est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx, puis recommencez.',
  empty: 'Le fichier « {{name}} » est vide.',
  missingColumns:
    'Colonnes obligatoires absentes de la première ligne de la feuille « {{sheet}} » : {{columns}}. Un plan s’importe du classeur qu’écrit « Exporter le suivi (Excel) », ou d’un classeur qui a les mêmes colonnes.',
  duplicateColumn: 'La colonne « {{column}} » figure deux fois dans la première ligne.',
  noRows: 'La feuille « {{sheet}} » ne contient que sa ligne d’en-tête : aucun engagement à importer.',
  cell: 'Ligne {{row}}, colonne « {{column}} » : {{problem}}',
  row: 'Ligne {{row}} : {{problem}}',
  more_one: '… et {{count}} autre problème',
  more_other: '… et {{count}} autres problèmes',
  cellProblems: {
    required: 'obligatoire',
    notInteger: '« {{value}} » n’est pas un numéro (nombre entier positif)',
    notPercent: '« {{value}} » n’est pas un pourcentage entre 0 et 100',
    notWeight: '« {{value}} » n’est pas un poids (nombre positif)',
    tooLong: 'texte trop long ({{max}} caractères au plus)',
    activityWithoutNumber: 'l’activité « {{title}} » n’a pas de numéro (colonne « {{column}} »)',
    otherAxis: 'l’engagement n° {{number}} est déjà rangé ligne {{first}} sous un autre axe (« {{axis}} »)',
    otherTitle: 'l’engagement n° {{number}} porte ligne {{first}} un autre intitulé (« {{title}} »)',
    otherResponsible:
      'l’engagement n° {{number}} a ligne {{first}} un autre organisme responsable (« {{responsible}} »)',
    duplicateActivity: 'l’activité n° {{number}} de l’engagement n° {{engagement}} figure déjà ligne {{first}}',
  },
  titleTaken: 'Un plan intitulé « {{title}} » existe déjà (n° {{id}}) : donnez un autre nom au plan importé.',
  hasProblems: 'Import impossible, rien n’a été enregistré : {{problems}}',
  notes: {
    asOf: 'Les avancements et les planifications actuelles du classeur sont enregistrés à la date de sa situation : le {{date}}.',
    asOfToday:
      'Le classeur ne dit pas à quelle date il a été arrêté : ses avancements et planifications actuelles sont enregistrés à la date d’aujourd’hui ({{date}}).',
    history:
      'Un classeur ne garde que la dernière planification et le dernier état d’avancement de chaque activité : l’historique (rapports successifs, motifs des replanifications) ne s’importe qu’avec le fichier JSON.',
    declared:
      'Engagement n° {{number}} : son avancement ({{percent}} %) diffère de celui de ses activités ({{computed}} %) ; il est importé comme chiffre déclaré pour l’engagement.',
    toClarify:
      'Engagement n° {{engagement}}, activité n° {{activity}} : planification « {{text}} » gardée telle qu’écrite, à préciser.',
    committeeMissing: 'Le comité « {{name}} » est absent de la base : le plan ne sera rattaché à aucun comité.',
    moreToClarify_one: '… et {{count}} autre planification à préciser.',
    moreToClarify_other: '… et {{count}} autres planifications à préciser.',
  },
  // The interface.
  open: 'Importer un plan',
  heading: 'Importer un plan d’action',
  intro:
    'Choisissez le fichier du plan : le classeur de suivi (.xlsx) écrit par « Exporter le suivi (Excel) », ou le fichier JSON d’un plan exporté par Copil. Un aperçu montre ce qui sera créé ; rien n’est enregistré avant votre confirmation.',
  choose: 'Choisir un fichier…',
  chooseAnother: 'Choisir un autre fichier…',
  fileLabel: 'Fichier du plan à importer (.xlsx ou .json)',
  dropHint: 'Classeur Excel (.xlsx) ou fichier JSON de Copil, 30 Mo au plus.',
  wrongType:
    'Ce fichier n’est ni un classeur Excel (.xlsx) ni un fichier JSON : choisissez le classeur de suivi du plan ou son fichier JSON.',
  tooLarge: 'Ce fichier dépasse 30 Mo : ce n’est pas un plan que Copil puisse importer.',
  readFailed: 'Le fichier n’a pas pu être lu : {{message}}',
  reading: 'Lecture du fichier…',
  analysing: 'Analyse du fichier…',
  previewTitle: 'Aperçu de l’import',
  previewIntro: 'Fichier « {{name}} » ({{format}}). Rien n’est enregistré avant votre confirmation.',
  formats: { json: 'plan au format JSON', xlsx: 'classeur de suivi du plan' },
  titleLabel: 'Nom du plan',
  titleCheck: 'Vérifier ce nom',
  periodLine: 'Période : {{period}}',
  counts: {
    axes_one: 'axe',
    axes_other: 'axes',
    engagements_one: 'engagement',
    engagements_other: 'engagements',
    activities_one: 'activité',
    activities_other: 'activités',
    reports_one: 'rapport d’avancement',
    reports_other: 'rapports d’avancement',
    replans_one: 'replanification',
    replans_other: 'replanifications',
  },
  axisLine: 'Axe {{number}} — {{title}}',
  engagementLine: 'Engagement {{number}} — {{title}}',
  responsible: 'Responsable : {{name}}',
  activityLine: 'Act. {{number}} — {{title}}',
  activityDetails: 'poids {{weight}}',
  activityBaseline: 'prévue : {{period}}',
  noActivity: 'Aucune activité.',
  activityCount_one: '{{count}} activité',
  activityCount_other: '{{count}} activités',
  problemsTitle_one: 'Ce fichier ne peut pas être importé ; corrigez ce problème, puis choisissez-le à nouveau :',
  problemsTitle_other:
    'Ce fichier ne peut pas être importé ; corrigez ces {{count}} problèmes, puis choisissez-le à nouveau :',
  titleTakenHint: 'Changez le nom ci-dessus, puis vérifiez-le.',
  notesTitle: 'À savoir',
  newOrganisations_one: 'Organisation créée (collège « Administration publique ») : {{names}}',
  newOrganisations_other: '{{count}} organisations créées (collège « Administration publique ») : {{names}}',
  commit: 'Importer le plan',
  committing: 'Import en cours…',
  checking: 'Vérification…',
  cancel: 'Annuler',
  cancelled: 'Import annulé : rien n’a été enregistré.',
  // The command line.
  cliMissingFile: 'Indiquez le fichier du plan à importer (.json ou .xlsx) : copil import-plan --db FICHIER plan.xlsx',
} as const
