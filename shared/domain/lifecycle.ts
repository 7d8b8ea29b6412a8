/** The relevé's lifecycle: brouillon → diffusé pour observations → adopté, then errata. */
import type { SectionDiff, ReleveSection } from '../lifecycle/diff'

/** « erratum »: an adopted relevé being corrected, editable until the erratum is adopted. */
export const RELEVE_STAGES = ['brouillon', 'diffuse', 'adopte', 'erratum'] as const
export type ReleveStage = (typeof RELEVE_STAGES)[number]

export interface ReleveCirculation {
  /** yyyy-mm-dd */
  sentOn: string
  recipients: string
  /** yyyy-mm-dd, or null when no deadline was set. */
  commentsDeadline: string | null
}

export interface ReleveVersionSummary {
  version: number
  adoptedOn: string
  adoptedAtMeetingId: number | null
  /** The adopting meeting's first date, when there is one. */
  adoptedAtMeetingDate: string | null
  /** Why this erratum was made; empty for version 1. */
  reason: string
  /** SHA-256 of the canonical content, 64 hexadecimal digits. */
  fingerprint: string
}

/** An earlier meeting of the committee whose relevé is not adopted yet, offered for approval. */
export interface ApprovalOffer {
  meetingId: number
  firstDate: string | null
  title: string
  stage: ReleveStage
  /** « Approbation du relevé de la réunion du 15 juillet 2020 » */
  agendaTitle: string
  /** Whether this meeting's agenda already has that item. */
  onAgenda: boolean
}

export interface ReleveLifecycle {
  meetingId: number
  stage: ReleveStage
  /** True while adopted: every write to the relevé's content is refused. */
  locked: boolean
  circulation: ReleveCirculation | null
  versions: ReleveVersionSummary[]
  /** The reason of the erratum being made, while stage is « erratum ». */
  erratumReason: string | null
  /** The meeting's status says « adopté » but it was never adopted (locked) in Copil. */
  markedAdoptedOnly: boolean
  approvals: ApprovalOffer[]
}

export interface ReleveVersionDetail extends ReleveVersionSummary {
  sections: Record<ReleveSection, string[]>
}

export type VerifyVerdict = 'adopted' | 'draft' | 'altered' | 'unknown'

/** What `copil verify` and « Vérifier un PDF » say about a PDF file. */
export interface VerifyReport {
  verdict: VerifyVerdict
  /** French, one sentence: the answer. */
  message: string
  meetingId?: number
  meetingTitle?: string
  meetingDate?: string | null
  version?: number
  adoptedOn?: string
  fingerprint?: string
  /** For an altered PDF: what differs from the adopted version it claims to be. */
  differences: SectionDiff[]
}
