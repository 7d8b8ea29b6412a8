/** Fixed vocabularies of the domain; their French labels live in the i18n catalogue. */

export const SIDES = ['administration', 'societe_civile', 'partenaire', 'expert', 'autre'] as const
export type Side = (typeof SIDES)[number]

export const CIVILITIES = ['Mme', 'M.'] as const
export type Civility = (typeof CIVILITIES)[number]

export const ATTENDANCE_STATUSES = ['a_confirmer', 'present', 'excuse', 'absent', 'represente', 'invite'] as const
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]

export const MEMBERSHIP_ROLES = ['president', 'titulaire', 'suppleant', 'secretariat', 'observateur'] as const
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number]

export const MEETING_KINDS = ['ordinaire', 'extraordinaire', 'preparatoire', 'atelier'] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]

export const MEETING_MODES = ['presentiel', 'distance', 'hybride'] as const
export type MeetingMode = (typeof MEETING_MODES)[number]

export const MEETING_STATUSES = ['brouillon', 'adopte'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const NEXT_STEP_STATUSES = ['a_faire', 'en_cours', 'fait', 'annule'] as const
export type NextStepStatus = (typeof NEXT_STEP_STATUSES)[number]

export const REPLAN_KINDS = ['replanifiee', 'annulee', 'sans_visibilite', 'depend_tiers'] as const
export type ReplanKind = (typeof REPLAN_KINDS)[number]

/** How a meeting's « Points arrêtés » are labelled: « 1. », « 2. »… or bullets. */
export const DECISION_STYLES = ['number', 'bullet'] as const
export type DecisionStyle = (typeof DECISION_STYLES)[number]

/** The language a meeting's relevé is written in: French (the default) or Arabic, laid right to left. */
export const DOCUMENT_LANGUAGES = ['fr', 'ar'] as const
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number]

/** Where a decision of the register stands: « à mettre en œuvre », « en cours », « réalisée », « abandonnée ». */
export const DECISION_STATUSES = ['a_mettre_en_oeuvre', 'en_cours', 'realisee', 'abandonnee'] as const
export type DecisionStatus = (typeof DECISION_STATUSES)[number]

/** Where a next step stands in the actions follow-up; « reporté » only comes from a follow-up. */
export const ACTION_STATUSES = ['a_faire', 'en_cours', 'fait', 'reporte', 'annule'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** The statuses of an action still to follow up at the next meeting. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['a_faire', 'en_cours', 'reporte']
