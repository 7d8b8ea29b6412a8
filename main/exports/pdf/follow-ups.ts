/** « Suivi des actions précédentes »: the open actions of earlier meetings, as followed up at this one. */
import type { ReleveDocument } from '../../../shared/domain/releve'
import { followUpLabels, vocabulary } from '../common/labels'
import { container, heading, type Ctx, type StructElem } from './layout'
import { pagedTable, tableLeadHeight, type TableSpec } from './table'
import { COLORS } from './theme'

export function followUpsSection(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  const rows = r.followUps ?? []
  if (rows.length === 0) return
  const labels = followUpLabels(r)
  const statuses = vocabulary(r).actionStatuses
  const C = labels.columns
  const sect = container(root, ctx, 'Sect')
  // Number, origin, due and status fixed; the action and the note share the rest.
  const fixed = [26, 66, 84, 54]
  const rest = ctx.width - fixed.reduce((a, b) => a + b, 0)
  const spec: TableSpec = {
    columns: [fixed[0]!, Math.round(rest * 0.55), fixed[1]!, fixed[2]!, fixed[3]!, rest - Math.round(rest * 0.55)],
    header: [
      { text: C.number, align: 'center' },
      { text: C.action },
      { text: C.origin },
      { text: C.due },
      { text: C.status },
      { text: C.note },
    ],
    groups: rows.map((f, k) => [
      [
        { text: String(k + 1), align: 'center' as const, face: 'bold' as const, color: COLORS.accent },
        { text: f.responsible.trim() ? `${f.text.trim()}\n${f.responsible.trim()}` : f.text.trim() },
        { text: f.origin },
        { text: f.due.trim() },
        { text: statuses[f.status], face: 'bold' as const },
        { text: f.note.trim() },
      ],
    ]),
  }
  heading(ctx, sect, 2, labels.title, { keepWith: tableLeadHeight(ctx, spec) })
  pagedTable(ctx, sect, spec)
  sect.end()
}
