/** What importing a plan file (JSON interchange file or plan workbook) would create, shown before anything is written. */

/** The two kinds of plan file Copil reads. */
export type PlanImportFormat = 'json' | 'xlsx'

export interface PlanImportActivity {
  number: number
  title: string
  weight: number
  /** The baseline period as written in the file ('' when none). */
  baseline: string
}

export interface PlanImportEngagement {
  number: number
  title: string
  /** The responsible organisation as named by the file ('' when none). */
  responsible: string
  activities: PlanImportActivity[]
}

export interface PlanImportAxis {
  number: number
  title: string
  engagements: PlanImportEngagement[]
}

export interface PlanImportPreview {
  /** null when the file is neither JSON nor a workbook. */
  format: PlanImportFormat | null
  /** The plan's name: given by the file (or its file name), or the one typed in the preview. */
  title: string
  period: string
  axes: PlanImportAxis[]
  counts: { axes: number; engagements: number; activities: number; reports: number; replans: number }
  /** Organisations the import would create (on the « administration » side). */
  newOrganisations: string[]
  /** What forbids the import, in French, naming the row and column or the field; nothing can be imported while any is listed. */
  problems: string[]
  /** What will be imported but is worth knowing (periods kept as written, meetings not found…). */
  notes: string[]
  /** True when the only problem is the plan's name: another name typed in the preview makes the file importable. */
  titleTaken: boolean
  /** The committee the file names, found in the database (the workbook names the committee that follows the plan); else null. */
  committeeId: number | null
}

export interface PlanImportResult {
  planId: number
  title: string
  axes: number
  engagements: number
  activities: number
  reports: number
  replans: number
  createdOrganisations: string[]
}
