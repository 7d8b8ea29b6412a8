/** Vocabulary shared by the interface and the documents. */
export const common = {
  app: { name: 'Copil', tagline: 'Secrétariat du comité de pilotage' },
  sides: {
    administration: 'Administration publique',
    societe_civile: 'Société civile',
    partenaire: 'Partenaire technique et financier',
    expert: 'Expert / consultant',
    autre: 'Autre',
  },
  sidesPlural: {
    administration: 'Administrations publiques',
    societe_civile: 'Société civile',
    partenaire: 'Partenaires techniques et financiers',
    expert: 'Experts et consultants',
    autre: 'Autres',
  },
  attendance: {
    a_confirmer: 'À confirmer',
    present: 'Présent',
    excuse: 'Excusé',
    absent: 'Absent',
    represente: 'Représenté',
    invite: 'Invité',
  },
  roles: {
    president: 'Président',
    titulaire: 'Membre titulaire',
    suppleant: 'Suppléant',
    secretariat: 'Secrétariat',
    observateur: 'Observateur',
  },
  meetingKinds: {
    ordinaire: 'Ordinaire',
    extraordinaire: 'Extraordinaire',
    preparatoire: 'Préparatoire',
    atelier: 'Atelier',
  },
  meetingModes: { presentiel: 'Présentiel', distance: 'À distance', hybride: 'Hybride' },
  meetingStatuses: { brouillon: 'Projet', adopte: 'Adopté' },
  nextStepStatuses: { a_faire: 'À faire', en_cours: 'En cours', fait: 'Fait', annule: 'Annulé' },
  replanKinds: {
    replanifiee: 'Replanifiée',
    annulee: 'Annulée',
    sans_visibilite: 'Sans visibilité',
    depend_tiers: "Dépend d'un tiers",
  },
  bands: {
    non_commence: 'Non commencé',
    limite: 'Limité',
    important: 'Important',
    termine: 'Terminé',
  },
  /** How a label meets its value and items meet in a list: French spacing here, Arabic punctuation in ar/. */
  join: {
    labelValue: '{{label}} : {{value}}',
    list: ', ',
    series: ' ; ',
  },
} as const
