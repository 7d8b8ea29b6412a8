/**
 * The built-in example: the « Comité de pilotage du Gouvernement Ouvert », the national action plan
 * 2018-2020 and the committee's meeting of Wednesday 15 July 2020, entered from the reference
 * documents (../shared/reference/):
 * - 004_26a5b47fa76fb5b8.txt, the meeting's « Relevé des conclusions »: people, agenda, discussions,
 *   the engagement table, points arrêtés and prochaines étapes. Its wording, typos included, is kept:
 *   the example shows what the secretariat wrote. Only the PDF extraction's broken line wraps and
 *   stray spaces are mended.
 * - 001_0f9e5d343a72c7d4.excerpt.txt, the plan's final self-assessment: axes, engagement titles,
 *   responsible bodies and activities. It gives no planned dates for most activities; the few
 *   periods it prints at the head of an activity's actions are the baselines below, the others stay
 *   empty rather than invented.
 *
 * The meeting numbers some activities differently from the plan (engagement 3 « Activité 12 »,
 * engagement 14 from an earlier version of the plan); each replanning line is tied to the plan's
 * activity it describes, by its content. A line that names no activity the plan holds is kept as
 * written in the engagement's row, without a replan.
 */
import { bullets, doc, item } from './rich'
import type { DemoExample } from './types'
import { progressRows } from './copil-2020-07-15-progress'

const DRA =
  'Département de la Réforme de l’Administration – Ministère de l’Economie, des Finances, et de la Réforme de l’Administration'
const DB = 'Direction du Budget – Ministère de l’Economie, des Finances, et de la Réforme de l’Administration'
const DRP =
  'Département chargé des Relations avec le parlement – Ministère des Droits de l’Homme et des Relations avec le Parlement'

// One record per line, as in the source lists: Prettier would spread this over a thousand lines.
// prettier-ignore
export const copil20200715: DemoExample = {
  organisations: [
    { key: 'dra', name: 'Département de la réforme de l’Administration', acronym: 'DRA', side: 'administration' },
    { key: 'archives', name: 'Archives du Maroc', acronym: '', side: 'administration' },
    { key: 'add', name: 'Agence de Développement Numérique', acronym: 'ADD', side: 'administration' },
    { key: 'inpplc', name: 'Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption', acronym: 'INPPLC', side: 'administration' },
    { key: 'mefra', name: 'Ministère de l’Economie, des Finances et de la Réforme de l’Administration', acronym: 'MEFRA', side: 'administration' },
    { key: 'mdh', name: 'Ministère d’Etat Chargée des Droits de l’Homme et les Relations avec le Parlement', acronym: '', side: 'administration' },
    { key: 'mem', name: 'Ministère de l’Energie, des Mines et de l’Environnement', acronym: '', side: 'administration' },
    { key: 'espace', name: 'Espace Associatif', acronym: '', side: 'societe_civile' },
    { key: 'apmc', name: 'Association des Parlementaires Marocains contre la Corruption', acronym: '', side: 'societe_civile' },
    { key: 'amcdd', name: 'Alliance Marocaine pour le Climat et le Développement Durable (AMCDD)', acronym: 'AMCDD', side: 'societe_civile' },
    { key: 'adfm', name: 'Association Démocratique des Femmes du Maroc (ADFM)', acronym: 'ADFM', side: 'societe_civile' },
    { key: 'alci', name: 'Association Mouvement Alternative Citoyenne (ALCI)', acronym: 'ALCI', side: 'societe_civile' },
    { key: 'hatim', name: 'Organisation des Libertés de l’Information et de l’Expression (HATIM)', acronym: 'HATIM', side: 'societe_civile' },
    { key: 'magistrats', name: 'Club des Magistrats du Maroc', acronym: '', side: 'societe_civile' },
    { key: 'transparency', name: 'Transparency Maroc', acronym: '', side: 'societe_civile' },
    { key: 'ndi', name: 'National Democratic Institute (NDI)', acronym: 'NDI', side: 'partenaire' },
    { key: 'ocde', name: 'OCDE', acronym: 'OCDE', side: 'expert' },
  ],

  // In the order of the relevé's « Participants ».
  people: [
    { key: 'lamrani', civility: 'Mme', firstName: 'Sarah', lastName: 'Lamrani', organisation: 'dra', role: 'secretariat' },
    { key: 'elmoustamide', civility: 'Mme', firstName: 'Ouiame', lastName: 'El moustamide', organisation: 'dra', role: 'secretariat' },
    { key: 'bouihi', civility: 'Mme', firstName: 'Houda', lastName: 'BOUIHI', organisation: 'archives', role: 'titulaire' },
    { key: 'lasfar', civility: 'M.', firstName: 'Noureddine', lastName: 'LASFAR', organisation: 'add', role: 'titulaire' },
    { key: 'tlemcani', civility: 'Mme', firstName: 'Nouzha', lastName: 'Mhandez Tlemçani', organisation: 'inpplc', role: 'titulaire' },
    { key: 'berrada', civility: 'M.', firstName: 'Ahmed', lastName: 'BERRADA', organisation: 'mefra', role: 'titulaire' },
    { key: 'cherkaoui', civility: 'Mme', firstName: 'Hajar', lastName: 'CHERKAOUI', organisation: 'mefra', role: 'titulaire' },
    { key: 'benchrifa', civility: 'M.', firstName: 'Hamid', lastName: 'BEN CHRIFA', organisation: 'mdh', role: 'titulaire' },
    { key: 'kaoukabi', civility: 'M.', firstName: 'Ali', lastName: 'KAOUKABI', organisation: 'mem', role: 'titulaire' },
    { key: 'benkirane', civility: 'M.', firstName: 'Saâd', lastName: 'Benkirane', organisation: 'espace', role: 'titulaire' },
    { key: 'sbai', civility: 'M.', firstName: 'Ahmed', lastName: 'SBAI', organisation: 'apmc', role: 'titulaire' },
    { key: 'chakri', civility: 'M.', firstName: 'Said', lastName: 'CHAKRI', organisation: 'amcdd', role: 'titulaire' },
    { key: 'hmaity', civility: 'Mme', firstName: 'Nadia', lastName: 'HMAITY', organisation: 'adfm', role: 'titulaire' },
    { key: 'dahmani', civility: 'M.', firstName: 'Ahmed', lastName: 'DAHMANI', organisation: 'alci', role: 'titulaire' },
    { key: 'elaouni', civility: 'M.', firstName: 'Mohammed', lastName: 'ELAOUNI', organisation: 'hatim', role: 'titulaire' },
    { key: 'chentouf', civility: 'M.', firstName: 'Abdellatif', lastName: 'CHENTOUF', organisation: 'magistrats', role: 'titulaire' },
    { key: 'bernoussi', civility: 'M.', firstName: 'Ahmed', lastName: 'Bernoussi', organisation: 'transparency', role: 'titulaire' },
    { key: 'milic', civility: 'M.', firstName: 'Slobodan', lastName: 'MILIC', organisation: 'ndi', role: 'observateur' },
    { key: 'ajnah', civility: 'M.', firstName: 'Youssef', lastName: 'AJNAH', organisation: 'ndi', role: 'observateur' },
    // The relevé writes « Consultant OCDE »: the organisation is the OCDE, the function consultant.
    { key: 'nechnach', civility: 'M.', firstName: 'Tarik', lastName: 'NECH-NACH', function: 'Consultant', organisation: 'ocde', role: 'observateur' },
  ],

  committee: { name: 'Comité de pilotage du Gouvernement Ouvert', acronym: 'COPIL' },

  plan: {
    title: 'Plan d’action national 2018-2020',
    periodLabel: '2018-2020',
    axes: [
      {
        title: 'Accès à l’information',
        engagements: [
          { number: 1, title: 'Sensibilisation de l’opinion publique sur le droit d’accès à l’information', responsible: DRA, responsibleOrganisation: 'dra', activities: [
            { number: 1, title: 'Elaboration d\'un plan de communication autour de la loi sur le droit d\'accès à l\'information' },
            { number: 2, title: 'Développement du contenu informationnel sur la thématique du droit d\'accès à l\'information' },
          ] },
          { number: 2, title: 'Désignation et formation des chargés de l’information au niveau des administrations et établissements publics', responsible: DRA, responsibleOrganisation: 'dra', activities: [
            { number: 1, title: 'Définition des critères de désignation des chargés de l\'information et de leurs suppléants en termes d\'effectifs et selon la taille de chaque Administration' },
            { number: 2, title: 'Elaboration d\'un plan de formation au profit des personnes chargées de l\'information' },
            { number: 3, title: 'Elaboration du matériel didactique de formation' },
            { number: 4, title: 'Elaboration d\'une circulaire du chef de gouvernement invitant les administrations et établissements publics à désigner un/ des chargé/s de l’information et son / leur(s) suppléant(s)' },
            { number: 5, title: 'Réalisation d\'un programme de formation en collaboration avec la société civile au profit des chargés de l\'information désignés' },
          ] },
          { number: 3, title: 'Création des entités administratives chargées des archives et formation de formateurs en matière de gestion des archives', responsible: 'Archives du Maroc', responsibleOrganisation: 'archives', activities: [
            { number: 1, title: 'Diagnostic général de la situation des archives (étude de l’état des lieux des archives et des pratiques archivistiques au sein des administrations centrales) : Collecte des données' },
            { number: 2, title: 'Diagnostic général de la situation des archives (étude de l’état des lieux des archives et des pratiques archivistiques au sein des administrations centrales)' },
            { number: 3, title: 'Mise en place du plan opérationnel du projet' },
            { number: 4, title: 'Structuration de la gestion des archives' },
            { number: 5, title: 'Elaboration du plan de formation' },
            { number: 6, title: 'Mise en œuvre du plan de formation' },
            { number: 7, title: 'Evaluation de la formation' },
          ] },
          { number: 4, title: 'Renforcement de la publication et la réutilisation des données ouvertes', responsible: 'Agence de développement du digital (ADD)', responsibleOrganisation: 'add', activities: [
            { number: 1, title: 'Études de benchmark sur les stratégies de la donnée' },
            { number: 2, title: 'Etude de l’état des lieux de la Data au Maroc' },
            { number: 3, title: 'Elaboration de la stratégie et de la réglementation des données publics' },
            { number: 4, title: 'Mise en place de la gouvernance dédiée à l’open data' },
            { number: 5, title: 'Elaboration du manuel de procédures relatif à la collecte, le traitement, la diffusion et la mise à jour des données ouvertes' },
            { number: 6, title: 'Communication et sensibilisation auprès du public cible de l’intérêt et des bénéfices de l’open data' },
            { number: 7, title: 'Formation des administrations sur la publication des données ouvertes/proactives' },
          ] },
          { number: 5, title: 'Mise en place du dispositif de partage des données des ONEDD (Observatoires Nationaux de l’Environnement et du Développement Durable)', responsible: 'Département de l’Environnement – Ministère des Mines, de l’Energie et de l’Environnement', responsibleOrganisation: 'mem', activities: [
            { number: 1, title: 'Mise en place du SIREDD' },
            { number: 2, title: 'Institutionnalisation des réseaux régionaux d’échange et de partage de l’information Environnementale et du Développement Durable' },
            { number: 3, title: 'Renforcement des capacités des gestionnaires régionaux en matière d’utilisation des SIREDD.' },
          ] },
          { number: 6, title: 'Mise en place du portail de la transparence', responsible: DRA, responsibleOrganisation: 'dra', activities: [
            { number: 1, title: 'Organisation d’un séminaire de présentation du projet et implication des parties prenantes' },
            { number: 2, title: 'Identification des contenus et services du portail' },
            { number: 3, title: 'Développement du portail' },
            { number: 4, title: 'Elaboration des guides de mise à jour du portail' },
            { number: 5, title: 'Organisation de formation sur la gestion et l’utilisation du portail au profit des administrations partenaires' },
          ] },
        ],
      },
      {
        title: 'Intégrité et lutte contre la corruption',
        engagements: [
          { number: 7, title: 'Mise en place d’un portail d’intégrité', responsible: 'Instance Nationale de la Probité, de la Prévention et de la Lutte contre la Corruption (INPPLC)', responsibleOrganisation: 'inpplc', activities: [
            { number: 1, title: 'Conception du portail' },
            { number: 2, title: 'Identification des contenus et services du portail' },
            { number: 3, title: 'Développement du portail' },
            { number: 4, title: 'Elaboration des guides de mise à jour du portail et organisation de formation au profit des administrations partenaires' },
            { number: 5, title: 'Lancement du portail' },
          ] },
          { number: 8, title: 'Institution d\'un cadre réglementaire contraignant d\'opposabilité des services administratifs', responsible: DRA, responsibleOrganisation: 'dra', activities: [
            { number: 1, title: 'Introduction des dispositions du projet dans la charte des services publics' },
            { number: 2, title: 'Partage de la charte avec l’ensemble des parties prenantes' },
            { number: 3, title: 'Adoption de la charte' },
          ] },
          { number: 9, title: 'Amélioration de l’accueil des usagers des services publics à travers l’expérimentation du dispositif IDARATI au niveau des sites pilotes', responsible: DRA, responsibleOrganisation: 'dra', activities: [
            { number: 1, title: 'Mise à niveau du site pilote « centre d’immatriculation de Rabat »', baseline: 'OCTOBRE 2018- aout 2020' },
            { number: 2, title: 'Mise à niveau du site pilote « hôpital provincial d’El Jedida »', baseline: 'OCTOBRE 2018- novembre 2020' },
            { number: 3, title: 'Mise à niveau du site pilote « consulat du Maroc à Algésiras »', baseline: 'Mars 2018- janvier 2019' },
            { number: 4, title: 'Appui technique pour la mise à niveau du site pilote pénitentiaire Ain Sbaa Casablanca « oukacha »', baseline: 'Mars 2018- octobre 2019' },
          ] },
          { number: 10, title: 'Renforcement des mécanismes de réception, suivi et traitement des réclamations, observations et suggestions des usagers de l’administration publique', responsible: DRA, responsibleOrganisation: 'dra', activities: [
            { number: 1, title: 'Support technique des nouveaux organismes adhérant à la plateforme' },
            { number: 2, title: 'La formation des nouveaux organismes adhérant à la plateforme' },
            { number: 3, title: 'Préparation du guide de gestion des réclamations, observations et suggestions des usagers' },
            { number: 4, title: 'Diffusion du guide de gestion des réclamations, observations et suggestions des usagers auprès des administrations concernées' },
            { number: 5, title: 'Préparation des rapports annuels sectoriels' },
            { number: 6, title: 'Consolidation des rapports annuels sectoriels et préparation du rapport de synthèse annuel' },
            { number: 7, title: 'Envoi du rapport de synthèse au Chef du Gouvernement' },
            { number: 8, title: 'Publication du rapport de synthèse et des rapports sectoriels' },
          ] },
        ],
      },
      {
        title: 'Transparence budgétaire',
        engagements: [
          { number: 11, title: 'Promotion de la transparence budgétaire à travers la publication des rapports budgétaires selon les normes internationales', responsible: DB, responsibleOrganisation: 'mefra', activities: [
            { number: 1, title: 'Produire un rapport préalable au budget selon les standards internationaux pour le PLF 2019' },
            { number: 2, title: 'Étendre la notion du Budget citoyen à d’autres phases du cycle budgétaire à travers l’élaboration d’un Budget Citoyen relatif à la Loi de Règlement au titre de l’année 2016' },
            { number: 3, title: 'Faire des consultations auprès de la société civile par rapport à la forme et au contenu du Budget Citoyen' },
            { number: 4, title: 'Produire un rapport préalable au budget selon les standards internationaux pour le PLF 2020' },
            { number: 5, title: 'Étendre la notion du Budget citoyen à d’autres phases du cycle budgétaire à travers l’élaboration d’un Budget Citoyen relatif à la Loi de Règlement au titre de l’année 2017' },
          ] },
          { number: 12, title: 'Mise en œuvre les dispositions de la loi organique n°130-13 relative à la loi de finances en matière de transparence budgétaire et de budgétisation axée sur la performance', responsible: DB, responsibleOrganisation: 'mefra', activities: [
            { number: 1, title: 'Présentation de la programmation budgétaire triennale globale de l’Etat et des budgets des départements ministériels', baseline: 'Octobre 2018 - novembre 2018' },
            { number: 2, title: 'Elaboration du Rapport Annuel de Performance', baseline: 'Décembre 2018 - mars 2020' },
            { number: 3, title: 'Elaboration du Rapport d’Audit de Performance', baseline: 'décembre 2018 - mars 2019' },
          ] },
          { number: 13, title: 'Renforcement des mécanismes de suivi, contrôle et évaluation du financement Public accordé aux associations via le portail ‘Charaka’', responsible: DRP, responsibleOrganisation: 'mdh', activities: [
            { number: 1, title: 'Elaboration et adoption du décret du chef de gouvernement en matière de partenariat entre l’Etat et les associations' },
            { number: 2, title: 'Etablir une cartographie contenant la distribution des fonds publics suivant les régions, le type de projets financés et les coordonnées des associations bénéficiaires' },
            { number: 3, title: 'Elaborer et publier un rapport annuel sur le financement public des associations' },
          ] },
        ],
      },
      {
        title: 'Participation citoyenne',
        engagements: [
          { number: 14, title: 'Création d’une dynamique consultative au niveau nationale et régionale', responsible: DRP, responsibleOrganisation: 'mdh', activities: [
            { number: 1, title: 'Organiser des rencontres régionales en partenariat avec les 12 régions du royaume pour promouvoir la démocratie participative et pour activer la création des instances de concertation et de dialogue au niveau des conseils des collectivités territoriales' },
            { number: 2, title: 'Lancement d’une campagne de communication sur le cadre juridique de la démocratie participative' },
            { number: 3, title: 'Améliorer les services du centre d’appel et d’accompagnement des associations de la société civile et créer une bibliothèque électronique de la démocratie participative' },
            { number: 4, title: 'Elaborer des guides simplifiés facilitant le travail des instances de concertation' },
            { number: 5, title: 'Mettre en place et tester au niveau d’un site pilote des mécanismes « modèles » favorisant la participation citoyenne en vue de généraliser l’expérience à l’ensemble des communes, préfectures et provinces' },
          ] },
          { number: 15, title: 'Mise en place d’une plateforme électronique de « la participation citoyenne »', responsible: DRP, responsibleOrganisation: 'mdh', activities: [
            { number: 1, title: 'Lancement de la plateforme' },
            { number: 2, title: 'Formation sur la plateforme (guide d’utilisation de la plateforme)' },
            { number: 3, title: 'Sensibilisation sur la plateforme dans les 12 régions et dans les différentes formations organisées par le ministère au profit des associations' },
          ] },
          { number: 16, title: 'Renforcement de la participation citoyenne par l’appropriation de la société civile des mécanismes relatifs à la démocratie participative', responsible: DRP, responsibleOrganisation: 'mdh', activities: [
            { number: 1, title: 'Formation de formateurs' },
            { number: 2, title: 'Formation en démocratie participative' },
          ] },
          { number: 17, title: 'Renforcement de l’accès de la société civile aux Médias audiovisuels', responsible: DRP, responsibleOrganisation: 'mdh', activities: [
            { number: 1, title: 'Elaboration de programme de formation' },
            { number: 2, title: 'Organisation de 3 séminaires de sensibilisation au profit de 6 régions' },
            { number: 3, title: 'Elaboration du guide' },
            { number: 4, title: 'Formation des acteurs de la société civile (Groupe 1)' },
            { number: 5, title: 'Organisation de 3 séminaires de sensibilisation au profit des 6 autres régions' },
            { number: 6, title: 'Formation des acteurs de la société civile (Groupe 2)' },
          ] },
        ],
      },
      {
        title: 'Communication et sensibilisation sur le gouvernement ouvert',
        engagements: [
          { number: 18, title: 'Communication à grande échelle sur l’adhésion du Maroc à l’OGP et ses avancées en termes de gouvernement ouvert', responsible: DRA, responsibleOrganisation: 'dra', activities: [
            { number: 1, title: 'Elaboration d’un plan de communication sur le gouvernement ouvert', baseline: 'Octobre – Décembre 2018' },
            { number: 2, title: 'Mise en œuvre du plan de communication' },
            { number: 3, title: 'Evaluation des actions de communication réalisées' },
          ] },
        ],
      },
    ],
  },

  meeting: {
    title: 'Réunion du Comité de pilotage',
    kind: 'ordinaire',
    mode: 'distance',
    place: '',
    // « Réunion à distance par visioconférence »: the mode says it all; the relevé names no tool.
    videoTool: '',
    date: '2020-07-15',
    status: 'adopte',
    present: [
      'lamrani', 'elmoustamide', 'bouihi', 'lasfar', 'tlemcani', 'berrada', 'cherkaoui', 'benchrifa', 'kaoukabi', 'benkirane',
      'sbai', 'chakri', 'hmaity', 'dahmani', 'elaouni', 'chentouf', 'bernoussi', 'milic', 'ajnah', 'nechnach',
    ],
    agenda: [
      {
        title: 'Etat d’avancement de la mise en œuvre du plan d’action national 2018-2020 et replanification des activités non complétées tenant comptes des nouveaux délais accordés',
        // The points discussed under this item are the engagement table (`progress` below).
        discussion: doc(),
        decisionsHeading: 'Mise en œuvre du PAN 2018-2020',
        decisions: [
          'Inciter les organismes publics responsables de la mise en œuvre des engagements à fournir les efforts nécessaires pour réaliser les actions prévues dans les délais impartis et rattraper le retard accumulé pendant la période de confinement.',
        ],
      },
      {
        title: 'Adaptation du processus de co-création du plan d’action national 2020-2022 tenant compte de la pandémie du covid-19',
        discussion: doc(
          bullets(
            'Rappel des étapes du processus de co-création validé par le comité de pilotage le 31/10/2019 ;',
            'Présentation du processus de cocréation du 2ème Plan d’action national (PAN) adapté en prenant en considération les consignes sanitaires du gouvernement et les nouvelles orientations de l’OGP et en privilégiant les canaux digitaux :',
            item('Adaptation du plan de communication accompagnat le processus de cocréation :', [
              'Conception & déclinaison d’une charte graphique dédiée au processus de co-création',
              'Compagne de communication digitale (réseaux sociaux du ministère, portail GO, chaine YouTube, canaux digitaux des ONG-Copil)',
              'Gestion de la relation presse (couverture médiatique, communiqués, articles, interviews...)',
              'Capitalisation sur les réseaux relais (réseau de communication, annuaire des associations du département chargé de la relation avc la société civile, réseaux des associations memebres du comité de pilotage..)',
            ]),
          ),
        ),
        decisionsHeading: 'Nouveau processus de co-création du 2ème PAN',
        decisions: [
          'Collecte des propositions (Octobre 2020) :\n' +
            '- Mise en place d’une plateforme électronique de collecte des idées et propositions en ligne\n' +
            '- Organisation d’événements thématiques (selon les axes définis dans la phase de préparation, possibilité de fusionner des axes) en format webinaire (élargir la cible, couverture nationale) ;\n' +
            '- Organiser un événement dédié aux administrations (possibilité de soumettre des propositions d’engagement par les administrations à publier sur la plateforme de cocréation pour commentaires) ;\n' +
            '- Elaboration d’un rapport de synthèse sur les idées et propositions collectées.',
          'Priorisation et identification des porteurs d’engagements (Novembre 2020) :\n' +
            '- Organisation d’ateliers (équipe interne du ministère et quelques membres du comité de pilotage) pour l’évaluation des idées et propositions et sélection des projets d’engagement selon des critères bien définis ;\n' +
            '- Concertation interministérielle (Identification des porteurs potentiels des projets d’engagements, réunions et ateliers thématiques),\n' +
            '- Publication du résultat de cette étape sur le portail du gouvernement ouvert.',
          'Rédaction des Fiches d’engagements (Novembre -Décembre 2020) :\n' +
            '- Organisation de réunions avec les différentes administrations concernées et nomination des chefs de projets ;\n' +
            '- Préparation, par l’équipe interne, des canevas préremplies des fiches engagements ;\n' +
            '- Organisation de réunions avec les chefs de projets pour la finalisation des fiches (Plannings et indicateurs).',
          'Validation et adoption du PAN (Décembre 2020) :\n' +
            '- Consultation en ligne sur le projet du plan d’action ;\n' +
            '- Finalisation du projet de plan d’action national ;\n' +
            '- Signature d’une convention avec les porteurs d’engagements ;\n' +
            '- Présentation du PAN au conseil de gouvernement ;\n' +
            '- Transmission de la version finalisée du 2ème PAN à l’OGP et sa publication sur le portail de l’initiative.',
          {
            text:
              'NB : Une réunion préparatoire des webinaires sera organisée avec les représentants de la société civile au comité de pilotage,\n' +
              'Ordre du jour :\n' +
              '- Finalisation de la liste des thématiques ;\n' +
              '- Identification des organisateurs par thématique ;\n' +
              '- Adaptation du déroulé des événements ;\n' +
              '- Ciblage des participants ;\n' +
              '- Choix de la technologie à utiliser ;\n' +
              '- Répartition des tâches.',
            note: true,
          },
        ],
      },
      {
        title: 'Proposition de programme d’assistance du National Democratic Institute et modalité de mise en œuvre',
        discussion: doc(
          bullets(
            'Présentation de l’institut NDI et de son organisation',
            'Présentation des programmes actuels et récents du NDI au Maroc qui s\'alignent étroitement avec les principes du Gouvernement Ouvert',
            item('Activités proposées en terme de :', [
              'Sensibilisation et Sélection des organisation de la société civile dans le cadre de la mise en place du Forum de la société civile',
              'Consultations Initiales et coordination du Forum',
              'Assistance Technique à la Société Civile',
              'Soutien à la co-création du 2ème plan d\'action national',
              'Facilitation de réunions entre la société civile et les parties prenantes',
              'Elaboration d\'une déclaration commune sur les principes de gouvernement ouvert',
              'Partage de bonnes pratiques internationales',
            ]),
          ),
        ),
        decisionsHeading: 'Programme d’appui proposé par NDI',
        decisions: [
          'Organiser une réunion entre les représentants de la société civile au comité de pilotage dédiée à la gouvernance de la participation de la société civile dans le chantier du gouvernement ouvert (Système de rotation, transfert de compétence, mécanismes de coordination, d’échanges et de communication…) ;',
          'Programmer une réunion avec NDI pendant le mois de juillet 2020 pour détailler les besoins de la société civile en terme d’appui et d’assistance notamment en ce qui concerne la création du forum de la société civile qui est une action prioritaire dans le programme d’appui proposé.',
        ],
      },
      { title: 'Programmation des prochaines étapes', discussion: doc(), decisions: [] },
    ],
    progress: progressRows(),
    // None of these names who is in charge: « avec NDI » names a counterpart, not a responsible.
    nextSteps: [
      { text: 'Réunion pour l’élaboration d’un plan d’action relatif au programme d’appui avec NDI', dueText: 'fin juillet 2020', responsible: '' },
      { text: 'Réunion préparatoire des webinaires de cocréation', dueText: '07/09/2020 à 10h', responsible: '' },
      { text: 'Planification des webinaires', dueText: '11/09/2020', responsible: '' },
      { text: 'Lancement du plan de communication accompagnant le processus de cocréation ; ce plan va être transmis avant aux membres du comités de pilotage pour avis', dueText: '2ème semaine de septembre 2020', responsible: '' },
      { text: 'Identification des participants aux webinaires, gestion des invitations et des inscriptions', dueText: '3ème & 4ème semaine de septembre 2020', responsible: '' },
      { text: 'Lancement de la plateforme électronique de cocréation', dueText: 'fin Septembre 2020', responsible: '' },
    ],
  },
}
