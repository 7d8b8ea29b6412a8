/** The columns of a people file, recognised by their French header, accents, case and punctuation ignored. */
import { foldText } from '../../../shared/text/fold'
import { fr } from '../../../shared/i18n/fr'
import { SIDES, type Civility, type Side } from '../../../shared/domain/vocabulary'

export const COLUMNS = [
  'civility',
  'firstName',
  'lastName',
  'function',
  'email',
  'phone',
  'organisation',
  'side',
] as const
export type Column = (typeof COLUMNS)[number]

/** Columns without which nothing can be imported. */
export const REQUIRED_COLUMNS: readonly Column[] = ['lastName', 'organisation']

/** Folded, without spaces or punctuation: « E-mail » and « email » are the same header. */
export const compact = (text: string): string => foldText(text).replace(/[^a-z0-9]/g, '')

const HEADERS: Record<Column, readonly string[]> = {
  civility: ['civilite', 'civ'],
  firstName: ['prenom', 'prenoms'],
  lastName: ['nom', 'nomdefamille', 'nomdusage'],
  function: ['fonction', 'poste', 'qualite'],
  email: [
    'email',
    'courriel',
    'mail',
    'adresseemail',
    'adressecourriel',
    'adresseelectronique',
    'emailcourriel',
    'courrielemail',
  ],
  phone: ['telephone', 'tel', 'portable', 'mobile', 'gsm', 'numerodetelephone'],
  organisation: ['organisation', 'organisme', 'institution', 'structure', 'organization'],
  side: ['college', 'cote', 'collegecote', 'cotecollege', 'collegedelorganisation'],
}

const HEADER_TO_COLUMN = new Map<string, Column>(
  COLUMNS.flatMap((column) => HEADERS[column].map((header) => [header, column] as const)),
)

/** The column a header names, if any. */
export function columnOfHeader(header: string): Column | undefined {
  return HEADER_TO_COLUMN.get(compact(header))
}

const CIVILITY_WORDS = new Map<string, Civility>([
  ['mme', 'Mme'],
  ['madame', 'Mme'],
  ['mlle', 'Mme'],
  ['mademoiselle', 'Mme'],
  ['m', 'M.'],
  ['mr', 'M.'],
  ['monsieur', 'M.'],
])

/** Mme or M. from the usual ways of writing them (« Madame », « Mme. », « Monsieur », « Mr »…), else undefined. */
export function parseCivility(text: string): Civility | undefined {
  return CIVILITY_WORDS.get(compact(text))
}

const SIDE_SYNONYMS: Record<Side, readonly string[]> = {
  administration: [
    'administration',
    'administrations',
    'administrationpublique',
    'admin',
    'secteurpublic',
    'gouvernement',
    'public',
  ],
  societe_civile: ['societecivile', 'osc', 'associatif', 'associations', 'association'],
  partenaire: ['partenaire', 'partenaires', 'ptf', 'partenairetechnique'],
  expert: ['expert', 'experts', 'consultant', 'consultants', 'expertconsultant'],
  autre: ['autre', 'autres'],
}

// The labels the application itself shows are accepted too (« Partenaire technique et financier »).
const SIDE_WORDS = new Map<string, Side>(
  SIDES.flatMap((side) =>
    [...SIDE_SYNONYMS[side], side, fr.sides[side], fr.sidesPlural[side]].map((word) => [compact(word), side] as const),
  ),
)

/** The side named by a « Collège » cell, else undefined. */
export function parseSide(text: string): Side | undefined {
  return SIDE_WORDS.get(compact(text))
}
