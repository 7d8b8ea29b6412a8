/** What an import of a people file would do, shown before anything is written. */
import type { Civility } from './vocabulary'

/** The encodings a CSV file is read in: detected, or chosen in the preview. */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1256'] as const
export type CsvEncoding = (typeof CSV_ENCODINGS)[number]

export interface ImportedPersonRow {
  /** Row number in the file, as a spreadsheet shows it (header = 1). */
  row: number
  action: 'create' | 'update' | 'reject'
  civility: Civility | ''
  firstName: string
  lastName: string
  organisationName: string
  /** Why the row is rejected, in French, naming the column. */
  reasons: string[]
  /** Organisation that would be created for this row, if it does not exist yet. */
  createsOrganisation: boolean
}

export interface PeopleImportPreview {
  rows: ImportedPersonRow[]
  created: number
  updated: number
  rejected: number
  /** Problems with the file as a whole (no header, unknown sheet…); nothing can be imported. */
  fileErrors: string[]
  /** The encoding a CSV file was read in (detected, or the one asked for); null for a workbook. */
  encoding: CsvEncoding | null
}
