/**
 * Strings printed in a French relevé (PDF, and the Word file's same labels): titles, labels,
 * footer, metadata, and the fixed vocabulary as the documents print it. Placeholders use the
 * i18next syntax ({{name}}). The Arabic relevé's are in ../ar/export.ts, same keys.
 */
import { common } from './common'
import { registers } from './registers'

export const exportStrings = {
  pdf: {
    /** The document's title, on page 1 and in the running header. */
    title: 'Relevé de conclusions',
    dateLabel: { one: 'Date de la réunion', many: 'Dates des réunions' },
    placeLabel: 'Lieu',
    referenceLabel: 'Référence',
    remote: 'Réunion à distance par visioconférence',
    /** Remote meeting with the tool named: « … (Zoom) ». */
    remoteWithTool: 'Réunion à distance par visioconférence ({{tool}})',
    /** Remote meeting with a place typed (« Lieu »): the place, then the mode. */
    remoteAt: '{{place}} — réunion à distance par visioconférence',
    remoteAtWithTool: '{{place}} — réunion à distance par visioconférence ({{tool}})',
    /** Hybrid meeting: the place, then this. */
    hybrid: '{{place}} et par visioconférence',
    hybridWithTool: '{{place}} et par visioconférence ({{tool}})',
    placeUnknown: 'Lieu à préciser',
    sections: {
      participants: 'Participants',
      excused: 'Membres excusés',
      agenda: 'Ordre du jour',
      discussion: 'Points discutés',
      decisions: 'Points arrêtés',
      otherDecisions: 'Autres décisions',
      nextSteps: 'Prochaines étapes',
    },
    participants: {
      /** « Mme Prénom NOM, Organisation ». */
      line: '{{civility}} {{firstName}} {{lastName}}, {{organisation}}',
      lineWithoutOrganisation: '{{civility}} {{firstName}} {{lastName}}',
      representedBy: { Mme: 'représentée par {{name}}', 'M.': 'représenté par {{name}}' },
      guest: { Mme: '(invitée)', 'M.': '(invité)' },
      none: 'Aucun participant enregistré.',
    },
    agenda: {
      presentedBy: 'Présentation : {{name}}',
      noDiscussion: 'Pas de compte rendu pour ce point.',
    },
    engagements: {
      caption: 'État d’avancement des engagements du plan d’action',
      columns: {
        engagement: 'Engagement',
        progress: 'État d’avancement',
        replanning: 'Nouvelle planification des actions restantes',
      },
      progress: 'Avancement {{percent}} %',
      complete: 'Engagement complété (100 %)',
      noProgress: 'Avancement non communiqué',
      none: '—',
      /** An engagement cut across pages: its number on the next page. */
      continued: '{{number}} (suite)',
    },
    nextSteps: {
      columns: { number: 'N°', text: 'Étape', responsible: 'Responsable', due: 'Échéance' },
      cancelled: '(annulée)',
      done: '(réalisée)',
    },
    /** Footer of every page. */
    footer: {
      page: 'Page {{page}} / {{pages}}',
      center: '{{title}} du {{date}}',
      /** Added to the footer while the minutes are not adopted, as text (the watermark is a shape). */
      draft: 'PROJET',
    },
    watermark: 'PROJET',
    metadata: {
      title: 'Relevé de conclusions — {{title}} — {{date}}',
      subject: 'Relevé de conclusions de la réunion du {{date}} — {{committee}}',
      keywords: ['relevé de conclusions', 'comité de pilotage', 'gouvernement ouvert', 'OGP'],
      logoAlt: 'Logo — {{committee}}',
    },
  },
  /** The fixed vocabulary as a relevé prints it: in French, the interface's own words. */
  vocabulary: {
    civilities: { Mme: 'Mme', 'M.': 'M.' },
    sides: common.sides,
    sidesPlural: common.sidesPlural,
    attendance: common.attendance,
    meetingKinds: common.meetingKinds,
    meetingModes: common.meetingModes,
    meetingStatuses: common.meetingStatuses,
    nextStepStatuses: common.nextStepStatuses,
    actionStatuses: registers.actionStatuses,
    bands: common.bands,
  },
  /** « Suivi des actions précédentes », its sheet and its columns. */
  followUps: registers.releve,
} as const
