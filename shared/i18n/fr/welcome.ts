/** The welcome screen of an empty database, and the built-in example behind it. `\u00a0`: no break before « : ». */
export const welcome = {
  title: 'Bienvenue dans Copil',
  lead: 'Copil tient les réunions du comité de pilotage — participants, ordre du jour, points discutés, décisions et prochaines étapes — suit l’avancement du plan d’action et produit le relevé de conclusions en PDF et Excel.',
  example: {
    title: 'Voir Copil avec un exemple réel',
    description:
      'La réunion du COPIL du Gouvernement Ouvert du 15 juillet 2020\u00a0: 20 participants, 4 points à l’ordre du jour, l’avancement des 18 engagements du plan d’action 2018-2020 et leur replanification. Le relevé s’exporte aussitôt.',
    load: 'Charger l’exemple',
    loading: 'Chargement de l’exemple…',
  },
  empty: {
    title: 'Partir de zéro',
    description: 'Créez vos organisations, vos membres et votre première réunion.',
    start: 'Commencer avec une base vide',
  },
  demo: {
    loadFailed: 'Le chargement de l’exemple a échoué ({{channel}})\u00a0: {{message}}',
    notEmpty: 'La base contient déjà des données\u00a0: l’exemple ne se charge que dans une base vide.',
    busy: 'L’exemple est déjà en cours de chargement.',
  },
} as const
