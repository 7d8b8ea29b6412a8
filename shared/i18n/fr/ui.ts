/** Strings of the interface shell and of screens without their own namespace. */
export const ui = {
  nav: {
    label: 'Navigation principale',
    meetings: 'Réunions',
    plan: 'Plan d’action',
    directory: 'Annuaire',
    settings: 'Paramètres',
  },
  status: {
    label: 'Barre d’état',
    database: 'Base de données',
    schema: 'Schéma v{{version}}',
    version: 'Copil {{version}}',
    transportWeb: 'Aperçu navigateur',
    transportElectron: 'Application de bureau',
    loading: 'Connexion à la base…',
    error: 'Base indisponible : {{message}}',
  },
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    save: 'Enregistrer',
    cancel: 'Annuler',
    delete: 'Supprimer',
    close: 'Fermer',
    add: 'Ajouter',
    search: 'Rechercher',
    saved: 'Enregistré',
    saving: 'Enregistrement…',
    saveFailed: 'Échec de l’enregistrement',
    comingSoon: 'Cet écran arrive bientôt.',
  },
  screens: {
    meetings: { title: 'Réunions', subtitle: 'Réunions du comité et relevés de conclusions' },
    plan: { title: 'Plan d’action', subtitle: 'Axes, engagements, activités et replanification' },
    directory: { title: 'Annuaire', subtitle: 'Organisations et personnes' },
    settings: { title: 'Paramètres', subtitle: 'Documents, sauvegardes et informations' },
  },
  errors: {
    network: 'Le service Copil ne répond pas. Vos saisies sont conservées ; réessayez dans un instant.',
    session: 'Session de l’aperçu expirée : rouvrez l’adresse affichée par « npm run web ».',
  },
} as const
