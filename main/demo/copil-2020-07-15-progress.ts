/**
 * The engagement table of the built-in example (copil-2020-07-15.ts), as the meeting's relevé
 * printed it: its own file because one record per line still makes it long.
 */
import type { DemoProgressRow } from './types'

const DONE = 'Toutes les actions planifiées ont été réalisées'
const NO_PROGRESS = 'Aucun avancement depuis la dernière réunion'

/**
 * The table « Etat d'avancement … et replanification »: one row per engagement. « Remaining
 * activities » (engagements 13 and 15) are those the plan's report lists with actions not done.
 */
// prettier-ignore
export function progressRows(): DemoProgressRow[] {
  return [
    { engagement: 1, percent: 100, narrative: ['Diffusion de la circulaire 5/2020 et du guide pratique sur le droit d’accès à l’information'], replanning: [{ text: DONE }] },
    { engagement: 2, percent: 100, narrative: [], replanning: [{ text: DONE }] },
    {
      engagement: 3,
      percent: 70,
      narrative: [
        'Activité 1- Structuration de la gestion des archives : Pas d’avancement depuis la dernière réunion. En attente retours de 7 départements,',
        'Activité 12 - Mise en œuvre du plan de formation : Formation reportée à cause de la pandémie.',
        'Pas de retours de la part de 4 départements pour la désignation des bénéficiaires de la formation',
      ],
      replanning: [
        { text: 'Structuration de la gestion des archives : dépond du retour des 7 départements restants', replans: [{ activity: 4, newText: 'dépond du retour des 7 départements restants', kind: 'depend_tiers', reason: 'En attente retours de 7 départements' }] },
        { text: 'Mise en œuvre du plan de formation pour les 4 groupes : 19-27 octobre 2020', replans: [{ activity: 6, newText: '19-27 octobre 2020', kind: 'replanifiee', reason: 'Formation reportée à cause de la pandémie.' }] },
        { text: 'Evaluation de la formation : novembre 2020', replans: [{ activity: 7, newText: 'novembre 2020', kind: 'replanifiee' }] },
      ],
    },
    {
      engagement: 4,
      percent: 72,
      narrative: ['Rapport OpenData livré', 'Remarques des membres du comité de pilotage collectées', 'Plan d’action en cours de finalisation'],
      replanning: [{ text: 'Nouveau planning non encore communiqué' }],
    },
    {
      engagement: 5,
      percent: 100,
      narrative: ['NB : En plus des activités planifiées, les SIEDD ont été déployés au niveau de 9 régions supplémentaires.'],
      replanning: [
        { text: DONE },
        { text: 'La mise en ligne des SIEDD pour les 3 régions initiales est prévue en septembre 2020', replans: [{ activity: 1, newText: 'septembre 2020', kind: 'replanifiee' }] },
      ],
    },
    {
      engagement: 6,
      percent: 89,
      narrative: [
        'Portail d’accès à l’information lancé officiellement le 13/03/2020 (adhésion 98 Admin, 1200 Comptes créés)',
        'Nouveau module relatif à la publication proactive développé et en cours de test',
      ],
      replanning: [
        { text: 'Adhésion Collectivités territoriales (paramétrage, formation des formateurs) : Septembre – novembre 2020', replans: [{ activity: 5, newText: 'Septembre – novembre 2020', kind: 'replanifiee' }] },
      ],
    },
    {
      engagement: 7,
      percent: 24,
      narrative: ['Pas d’avancement depuis la dernière réunion'],
      replanning: [
        { text: 'Mise à jour Termes de Référence : 30 juillet 2020', replans: [{ activity: 1, newText: '30 juillet 2020', kind: 'replanifiee' }] },
        { text: 'Développement du portail et conventions partenaires : Septembre 2020', replans: [{ activity: 3, newText: 'Septembre 2020', kind: 'replanifiee' }] },
        // Guides (October) and training (November) are the two halves of the plan's activity 4, and a
        // meeting decides one period per activity: their span.
        { text: 'Tests et élaboration des guides d’utilisation : Octobre 2020', replans: [{ activity: 4, newText: 'Octobre – Novembre 2020', kind: 'replanifiee' }] },
        { text: 'Organisation de formation au profit des administrations partenaires : Novembre 2020' },
        { text: 'Lancement du portail : Décembre 2020', replans: [{ activity: 5, newText: 'Décembre 2020', kind: 'replanifiee' }] },
      ],
    },
    { engagement: 8, percent: 100, narrative: [], replanning: [{ text: DONE }] },
    {
      engagement: 9,
      percent: 88,
      narrative: [
        'Site pilote « centre immatriculateur de Rabat »: Aménagement du centre réalisé, Fil d’attente en cours de finalisation, Signalétique conçue et réalisée à 50%',
        'Mobilier réalisé à 90%',
        'Site pilote « hôpital provincial d’El Jedida » :Aménagement réalisé à 75%, Mobilier, fil d’attente, signalétique en cours de conception',
      ],
      replanning: [
        { text: 'Octobre 2020', replans: [1, 2].map((activity) => ({ activity, newText: 'Octobre 2020', kind: 'replanifiee' as const })) },
      ],
    },
    {
      engagement: 10,
      percent: 93,
      narrative: ['Finalisation du guide en cours'],
      replanning: [
        { text: 'Diffusion du guide : septembre 2020', replans: [{ activity: 4, newText: 'septembre 2020', kind: 'replanifiee' }] },
        { text: 'Publication du rapport : dépond des services du chef de gouvernement', replans: [{ activity: 8, newText: 'dépond des services du chef de gouvernement', kind: 'depend_tiers' }] },
      ],
    },
    {
      engagement: 11,
      percent: 98,
      narrative: [],
      replanning: [
        {
          text: 'Action restante annulée vu que le délai de publication du rapport préalable au budget est dépassé',
          replans: [{ activity: 4, newText: 'annulée', kind: 'annulee', reason: 'le délai de publication du rapport préalable au budget est dépassé' }],
        },
      ],
    },
    {
      engagement: 12,
      percent: 100,
      narrative: ['Les 2 rapports : Rapport Annuel de Performance & Rapport d’Audit de Performance ont été élaborés et déposés au niveau du Parlement.'],
      replanning: [{ text: DONE }],
    },
    {
      engagement: 13,
      percent: 14,
      narrative: [NO_PROGRESS],
      replanning: [
        { text: 'Pas de visibilité pour le nouveau planning', replans: [1, 2, 3].map((activity) => ({ activity, newText: 'Pas de visibilité pour le nouveau planning', kind: 'sans_visibilite' as const })) },
      ],
    },
    {
      engagement: 14,
      percent: 26,
      narrative: [NO_PROGRESS],
      // Numbered after an earlier version of the plan: its « Activité 4 » (5 events left) is the plan's
      // activity 1, « 5 » (the guide) its activity 4, « 3 » its activity 3. « 2 et 6 » match none.
      replanning: [
        { text: 'Activités 2 et 6 : octobre 2020' },
        { text: 'Activité 3 : pas de visiblité pour les dates', replans: [{ activity: 3, newText: 'pas de visiblité pour les dates', kind: 'sans_visibilite' }] },
        { text: 'Activité 4 : pas de visibilité pour les dates d’organisation des 5 événements restants', replans: [{ activity: 1, newText: 'pas de visibilité pour les dates d’organisation des 5 événements restants', kind: 'sans_visibilite' }] },
        { text: 'Activité 5 : annulée car le guide a été élaboré par le Ministère de l’intérieur', replans: [{ activity: 4, newText: 'annulée', kind: 'annulee', reason: 'le guide a été élaboré par le Ministère de l’intérieur' }] },
      ],
    },
    {
      engagement: 15,
      percent: 63,
      narrative: [NO_PROGRESS],
      replanning: [
        { text: 'Activités restantes replannifiées à partir d’octobre 2020.', replans: [2, 3].map((activity) => ({ activity, newText: 'à partir d’octobre 2020', kind: 'replanifiee' as const })) },
      ],
    },
    { engagement: 16, percent: 100, narrative: [], replanning: [{ text: DONE }] },
    {
      engagement: 17,
      percent: 83,
      narrative: ['Séminaires régionaux reportés à cause de la pandémie', '1 webinaire réalisé 25-27 juin 2020 au profit de 32 associations'],
      replanning: [
        { text: 'Formation à distance programmée à partir de juin 2020 (2 régions par mois)', replans: [{ activity: 6, newText: 'à partir de juin 2020', kind: 'replanifiee' }] },
        { text: 'Finalisation du guide prévue pour novembre 2020', replans: [{ activity: 3, newText: 'novembre 2020', kind: 'replanifiee' }] },
      ],
    },
    {
      engagement: 18,
      percent: 48,
      narrative: [
        'Pas d’actions de communication réalisées depuis la dernière réunion (Plusieurs actions de communication sont prévues durant le processus de co-création du 2ème plan d’action qui a été décalé suite à la pandémie)',
      ],
      replanning: [{ text: 'Septembre- décembre 2020', replans: [{ activity: 2, newText: 'Septembre- décembre 2020', kind: 'replanifiee' }] }],
    },
  ]
}
