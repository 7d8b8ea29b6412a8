/** The meeting's participant list: organisations created from the person form, and the order of the list. */
export const participantList = {
  newOrganisation: {
    open: 'Nouvelle organisation',
    title: 'Nouvelle organisation',
    name: 'Nom de l’organisation',
    acronym: 'Sigle',
    acronymHint: 'Facultatif, ex. ANRT',
    side: 'Collège',
    sideHint: 'Proposé d’après le nom ; modifiable',
    create: 'Créer l’organisation',
    cancel: 'Annuler',
    created: 'Organisation « {{name}} » créée et choisie.',
  },
}
