/**
 * Who the relevé lists, and in which order, for every format (PDF, Word, workbook): present,
 * represented and invited people, either grouped by side in the committee's order (« par
 * collège ») or as one list in the order set in the editor (« ordre protocolaire »); then the
 * excused members. Group titles in the relevé's language. Absent and unconfirmed people are not participants.
 */
import { type ReleveDocument, type ReleveParticipant } from '../../../shared/domain/releve'
import { SIDES, type AttendanceStatus } from '../../../shared/domain/vocabulary'
import { pdfLabels, vocabulary } from './labels'

const LISTED: ReadonlySet<AttendanceStatus> = new Set(['present', 'represente', 'invite'])

export interface ParticipantGroup {
  /** Sub-heading (« Administrations publiques »), empty for the single list of protocol order. */
  title: string
  people: ReleveParticipant[]
}

/** The participants' groups as printed; `listed` counts the people who took part. */
export function participantGroups(r: ReleveDocument): { groups: ParticipantGroup[]; listed: number } {
  const listed = r.participants.filter((p) => LISTED.has(p.status))
  const excused = r.participants.filter((p) => p.status === 'excuse')
  const groups: ParticipantGroup[] =
    r.participantOrder === 'protocol'
      ? [{ title: '', people: listed }]
      : SIDES.map((side) => ({ title: vocabulary(r).sidesPlural[side], people: listed.filter((p) => p.side === side) }))
  if (excused.length > 0) groups.push({ title: pdfLabels(r).sections.excused, people: excused })
  return { groups: groups.filter((g) => g.people.length > 0), listed: listed.length }
}
