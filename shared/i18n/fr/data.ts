/** Messages of the directory, committees, meetings and people import (main's refusals and reports). */
export const data = {
  notFound: {
    organisation: 'Organisation introuvable : elle a peut-être été supprimée.',
    person: 'Personne introuvable : elle a peut-être été supprimée.',
    committee: 'Comité introuvable : il a peut-être été supprimé.',
    membership: 'Mandat introuvable : il a peut-être été supprimé.',
    meeting: 'Réunion introuvable : elle a peut-être été supprimée.',
    attendance: 'Cette personne ne figure pas dans la liste de présence de la réunion.',
    agendaItem: 'Point de l’ordre du jour introuvable : il a peut-être été supprimé.',
    decision: 'Point arrêté introuvable : il a peut-être été supprimé.',
    nextStep: 'Prochaine étape introuvable : elle a peut-être été supprimée.',
    engagement: 'Engagement introuvable : il a peut-être été supprimé.',
  },
  personDuplicate:
    'Une personne du même nom figure déjà dans cette organisation : {{name}}. Vérifiez qu’il ne s’agit pas d’elle, puis confirmez pour enregistrer quand même.',
  membershipOverlap: 'Cette personne est déjà membre de ce comité sur cette période.',
  agendaItemOfAnotherMeeting: 'Ce point de l’ordre du jour appartient à une autre réunion.',
  reorderMismatch: 'La liste ne correspond plus aux éléments de la réunion : rechargez la réunion, puis recommencez.',
  import: {
    notAFile: 'Le fichier « {{name}} » n’est ni un classeur Excel (.xlsx) ni un fichier CSV.',
    oldExcel:
      'Le fichier « {{name}} » est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV, puis recommencez.',
    unreadable: 'Le fichier « {{name}} » ne peut pas être lu : {{reason}}',
    notAWorkbook: 'Le fichier « {{name}} » ne peut pas être lu : c’est une archive zip abîmée ou incomplète, pas un classeur Excel.',
    zipTooBig:
      'Le fichier « {{name}} » se décompresse en plus de {{max}} Mo : ce n’est pas un classeur ordinaire (peut-être une « bombe zip »), il est refusé.',
    tooManyCells:
      'Le classeur « {{name}} » compte plus de {{max}} cellules : plus qu’un import ne peut en lire. Supprimez les lignes et colonnes vides (souvent mises en forme jusqu’en bas de la feuille), ou enregistrez la feuille au format CSV, qui peut compter jusqu’à 50 000 lignes, puis recommencez.',
    tooManyCellsDeclared:
      'Une feuille du classeur « {{name}} » s’étend sur la plage {{range}}, soit {{count}} cellules : plus que les {{max}} qu’un import peut lire. Supprimez les lignes et colonnes vides (souvent mises en forme jusqu’en bas de la feuille), ou enregistrez la feuille au format CSV, puis recommencez.',
    tooHeavy:
      'Le fichier « {{name}} » demande trop de mémoire ou de temps pour être lu : découpez-le en plusieurs fichiers, ou enregistrez-le au format CSV, puis recommencez.',
    workerMissing: 'Le module de lecture des fichiers est introuvable : réinstallez Copil.',
    unclosedQuote: 'Le fichier CSV est mal formé : un guillemet ouvert à la ligne {{line}} n’est jamais fermé.',
    empty: 'Le fichier est vide : aucune ligne à importer.',
    noSheet: 'Le classeur ne contient aucune feuille.',
    missingColumns:
      'Colonnes obligatoires absentes de la première ligne : {{columns}}. Colonnes reconnues : Civilité, Prénom, Nom, Fonction, Email, Téléphone, Organisation, Collège.',
    duplicateColumn: 'La colonne {{column}} figure deux fois dans la première ligne.',
    tooManyRows: 'Le fichier compte plus de {{max}} lignes : découpez-le en plusieurs fichiers.',
    tooBig: 'Le fichier dépasse {{max}} Mo : découpez-le en plusieurs fichiers.',
    tooBigUpload: 'Le fichier dépasse 30 Mo : découpez-le en plusieurs fichiers.',
    noRows: 'Le fichier ne contient que la ligne d’en-tête : aucune personne à importer.',
    hasFileErrors: 'Import impossible : {{errors}}',
    columns: {
      civility: 'Civilité',
      firstName: 'Prénom',
      lastName: 'Nom',
      function: 'Fonction',
      email: 'Email',
      phone: 'Téléphone',
      organisation: 'Organisation',
      side: 'Collège',
    },
    required: 'Colonne {{column}} : obligatoire',
    tooLong: 'Colonne {{column}} : texte trop long ({{max}} caractères au plus)',
    badCivility: 'Colonne {{column}} : « {{value}} » n’est pas Mme ou M.',
    civilityForNew: 'Colonne {{column}} : obligatoire pour une personne nouvelle (Mme ou M.)',
    badEmail: 'Colonne {{column}} : adresse invalide (« {{value}} »)',
    badSide:
      'Colonne {{column}} : inconnu « {{value}} » (attendu : administration, société civile, partenaire, expert ou autre)',
    unknownOrganisation:
      'Colonne {{column}} : « {{value}} » n’existe pas dans l’annuaire ; indiquez son collège (colonne Collège) pour la créer',
    sameAsRow: 'Colonne {{column}} : même personne qu’à la ligne {{row}}',
  },
} as const
