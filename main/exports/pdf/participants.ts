/**
 * « Participants », grouped by side in the committee's order (administrations, civil society,
 * partners, experts, others): present, represented and invited people; then « Membres excusés ».
 * Absent people and unconfirmed ones are not participants and are not printed.
 */
import { type ReleveDocument, type ReleveParticipant } from '../../../shared/domain/releve'
import { common } from '../../../shared/i18n/fr/common'
import { exportFr } from '../../../shared/i18n/fr/export'
import { SIDES, type AttendanceStatus } from '../../../shared/domain/vocabulary'
import { container, heading, headingHeight, paragraph, type Ctx, type StructElem } from './layout'
import { list, listLead, type ListItemSpec } from './list'
import { participantLine } from './strings'
import { COLORS } from './theme'

const LISTED: ReadonlySet<AttendanceStatus> = new Set(['present', 'represente', 'invite'])

function item(p: ReleveParticipant): ListItemSpec {
  const { name, rest } = participantLine(p)
  return { runs: [{ text: name, face: 'bold' }, { text: rest }] }
}

const LIST = { kind: 'bullet', labelColor: COLORS.muted } as const

/** The participants section. */
export function participantsSection(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  const sect = container(root, ctx, 'Sect')
  const listed = r.participants.filter((p) => LISTED.has(p.status))
  const excused = r.participants.filter((p) => p.status === 'excuse')
  const groups: { title: string; items: ListItemSpec[] }[] = SIDES.map((side) => ({
    title: common.sidesPlural[side],
    items: listed.filter((p) => p.side === side).map(item),
  }))
  if (excused.length > 0) groups.push({ title: exportFr.pdf.sections.excused, items: excused.map(item) })
  const shown = groups.filter((g) => g.items.length > 0)
  const first = shown[0]
  // Keep the section title with the first group's title and its first name.
  const keepWith = first ? headingHeight(ctx, 3, first.title) + listLead(ctx, first.items, LIST) : 0
  heading(ctx, sect, 2, exportFr.pdf.sections.participants, { keepWith })
  if (listed.length === 0) {
    paragraph(ctx, sect, [{ text: exportFr.pdf.participants.none }], { color: COLORS.muted })
  }
  for (const g of shown) {
    heading(ctx, sect, 3, g.title, { keepWith: listLead(ctx, g.items, LIST) })
    list(ctx, sect, g.items, LIST)
  }
  sect.end()
}
