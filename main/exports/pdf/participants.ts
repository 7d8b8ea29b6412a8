/**
 * « Participants », grouped by side in the committee's order (administrations, civil society,
 * partners, experts, others): present, represented and invited people; then « Membres excusés ».
 * Absent people and unconfirmed ones are not participants and are not printed.
 */
import { type ReleveDocument, type ReleveParticipant } from '../../../shared/domain/releve'
import { pdfLabels, releveLanguage } from '../common/labels'
import { participantGroups } from '../common/participants'
import { container, heading, headingHeight, paragraph, type Ctx, type StructElem } from './layout'
import { list, listLead, type ListItemSpec } from './list'
import { participantLine } from './strings'
import { COLORS } from './theme'

function item(p: ReleveParticipant, language: 'fr' | 'ar'): ListItemSpec {
  const { name, rest } = participantLine(p, language)
  return { runs: [{ text: name, face: 'bold' }, { text: rest }] }
}

const LIST = { kind: 'bullet', labelColor: COLORS.muted } as const

/** The participants section. */
export function participantsSection(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  const sect = container(root, ctx, 'Sect')
  const { groups, listed } = participantGroups(r)
  const language = releveLanguage(r)
  const labels = pdfLabels(r)
  const shown = groups.map((g) => ({ title: g.title, items: g.people.map((p) => item(p, language)) }))
  const first = shown[0]
  // Keep the section title with the first group's title and its first name.
  const keepWith = first ? (first.title ? headingHeight(ctx, 3, first.title) : 0) + listLead(ctx, first.items, LIST) : 0
  heading(ctx, sect, 2, labels.sections.participants, { keepWith })
  if (listed === 0) {
    paragraph(ctx, sect, [{ text: labels.participants.none }], { color: COLORS.muted })
  }
  for (const g of shown) {
    if (g.title) heading(ctx, sect, 3, g.title, { keepWith: listLead(ctx, g.items, LIST) })
    list(ctx, sect, g.items, LIST)
  }
  sect.end()
}
