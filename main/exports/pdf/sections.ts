/**
 * The body of the relevé after the participants: « Ordre du jour », « Points discutés » (with
 * the engagements table), « Points arrêtés » numbered across agenda items, « Prochaines étapes ».
 */
import { type ReleveAgendaItem, type ReleveDocument, type ReleveNextStep } from '../../../shared/domain/releve'
import { pdfLabels } from '../common/labels'
import { engagementsLeadHeight, engagementsTable } from './engagements'
import { decisionGroups, type PrintedDecision } from '../common/decisions'
import {
  container,
  ensureSpace,
  heading,
  headingHeight,
  indented,
  lineHeight,
  measureRuns,
  paragraph,
  space,
  tag,
  writeLabel,
  widthIn,
  type Ctx,
  type Run,
  type StructElem,
} from './layout'
import { list, listLead, type ListItemSpec } from './list'
import { hasContent, leadHeight, richDoc } from './rich-text'
import { richTable, richTableLead } from './rich-table'
import { type RichTable, type RichTableCell, type RichTableRow } from '../../../shared/domain/rich-text'
import { fill } from './strings'
import { isRtl } from './bidi/geometry'
import { pagedTable, tableLeadHeight, type TableSpec } from './table'
import { COLORS, LIST_INDENT, SIZES, SPACING } from './theme'

/**
 * The agenda item the engagements table belongs to: the first about progress (« État
 * d’avancement… », « حالة تقدم… »), as in the committee's relevés; -1 puts it after all the items.
 */
export function engagementsItemIndex(agenda: readonly ReleveAgendaItem[]): number {
  return agenda.findIndex((a) => /avancement|engagements|تقدم|الالتزامات/iu.test(a.title))
}

export function agendaSection(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  if (r.agenda.length === 0) return
  const sect = container(root, ctx, 'Sect')
  const items: ListItemSpec[] = r.agenda.map((a) => ({ runs: [{ text: a.title }] }))
  const options = { kind: 'number', labelBold: true, labelColor: COLORS.accent } as const
  heading(ctx, sect, 2, pdfLabels(r).sections.agenda, { keepWith: listLead(ctx, items, options) })
  list(ctx, sect, items, options)
  sect.end()
}

function presenterRuns(r: ReleveDocument, presenter: string): Run[] {
  return [{ text: fill(pdfLabels(r).agenda.presentedBy, { name: presenter }), face: 'italic' }]
}

const PRESENTER_SIZE = SIZES.small + 0.5

/** What an item's heading keeps with it: the presenter line and the first block (or the table). */
function itemLead(ctx: Ctx, r: ReleveDocument, item: ReleveAgendaItem, withTable: boolean): number {
  const presenter = item.presenter?.trim()
  let need = presenter ? measureRuns(ctx, presenterRuns(r, presenter), PRESENTER_SIZE, ctx.width) + SPACING.paragraph : 0
  if (hasContent(item.discussion)) need += leadHeight(ctx, item.discussion)
  else if (withTable) need += engagementsLeadHeight(ctx, r, r.engagements)
  return need
}

export function discussionSection(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  const tableAt = r.engagements.length > 0 ? engagementsItemIndex(r.agenda) : -2
  const shown = r.agenda
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => hasContent(item.discussion) || index === tableAt || Boolean(item.presenter?.trim()))
  if (shown.length === 0 && tableAt !== -1 && !(r.introduction && hasContent(r.introduction))) return
  const sect = container(root, ctx, 'Sect')
  const first = shown[0]
  const keepWith = first
    ? headingHeight(ctx, 3, first.item.discussionHeading?.trim() || first.item.title, true) + itemLead(ctx, r, first.item, first.index === tableAt)
    : engagementsLeadHeight(ctx, r, r.engagements)
  const introduction = r.introduction && hasContent(r.introduction) ? r.introduction : undefined
  heading(ctx, sect, 2, pdfLabels(r).sections.discussion, { keepWith: introduction ? leadHeight(ctx, introduction) : keepWith })
  if (introduction) richDoc(ctx, sect, introduction)
  for (const { item, index } of shown) {
    const part = container(sect, ctx, 'Sect')
    const presenter = item.presenter?.trim()
    const withTable = index === tableAt
    // The agenda's numbering, so that « 3. » here is item 3 of the agenda even if 2 had no notes.
    const title = item.discussionHeading?.trim() || item.title
    heading(ctx, part, 3, title, { label: `${index + 1}.`, keepWith: itemLead(ctx, r, item, withTable) })
    if (presenter) paragraph(ctx, part, presenterRuns(r, presenter), { color: COLORS.muted, size: PRESENTER_SIZE })
    richDoc(ctx, part, item.discussion)
    if (withTable) engagementsTable(ctx, part, r, r.engagements)
    part.end()
  }
  if (tableAt === -1) engagementsTable(ctx, sect, r, r.engagements)
  sect.end()
}

/** A decision's own text and its sub-points (lines starting with « - », « – » or « • »). */
export function splitDecision(text: string): { main: string; subs: string[] } {
  const main: string[] = []
  const subs: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line) continue
    const bullet = /^[-–—•]\s*/u.exec(line)
    if (bullet) subs.push(line.slice(bullet[0].length))
    else if (subs.length > 0) subs[subs.length - 1] += ` ${line}`
    else main.push(line)
  }
  if (main.length === 0 && subs.length > 0) return { main: subs[0] ?? '', subs: subs.slice(1) }
  return { main: main.join('\n'), subs }
}

function decisionLabel(d: PrintedDecision, widest: number): { text: string; width: number } {
  if (d.label === 'none') return { text: '', width: 0 }
  if (d.label === 'bullet') return { text: '•', width: 14 }
  return { text: `${d.n ?? ''}.`, width: Math.max(LIST_INDENT, 8 + 6 * String(widest).length) }
}

/** One decision: its label in the margin, its document beside it (lists, tables, paragraphs). */
function decision(ctx: Ctx, parent: StructElem, d: PrintedDecision, widest: number): void {
  const label = decisionLabel(d, widest)
  ensureSpace(ctx, Math.min(leadHeight(ctx, d.body), 3 * lineHeight(ctx, SIZES.body)))
  const y = ctx.doc.y
  if (label.text) {
    tag(parent, ctx, 'Lbl', () => {
      // Right to left, the number stands at the right edge and the decision to its left.
      const labelX = isRtl(ctx) ? ctx.left + ctx.width - widthIn(ctx, label.text, 'bold', SIZES.body) : ctx.left
      writeLabel(ctx, label.text, { x: labelX, y, face: 'bold', size: SIZES.body, color: COLORS.accent })
    })
  }
  indented(ctx, label.width, () => richDoc(ctx, parent, d.body))
}

export function decisionsSection(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  const groups = decisionGroups(r)
  const firstGroup = groups[0]
  if (!firstGroup) return
  const sect = container(root, ctx, 'Sect')
  // Labels as wide as the whole numbering needs (« 40. »), so that all the groups align.
  const widest = groups.reduce((n, g) => n + g.decisions.filter((d) => d.label === 'number').length, 0)
  const lead = (g: (typeof groups)[number]): number => (g.decisions[0] ? leadHeight(ctx, g.decisions[0].body) : 0)
  heading(ctx, sect, 2, pdfLabels(r).sections.decisions, { keepWith: headingHeight(ctx, 3, firstGroup.title) + lead(firstGroup) })
  for (const g of groups) {
    const part = container(sect, ctx, 'Sect')
    heading(ctx, part, 3, g.title, { keepWith: lead(g) })
    for (const d of g.decisions) {
      const el = container(part, ctx, d.label === 'none' ? 'Div' : 'LI')
      decision(ctx, el, d, widest)
      el.end()
      space(ctx, SPACING.listItem)
    }
    space(ctx, SPACING.paragraph)
    part.end()
  }
  sect.end()
}

function nextStepText(step: ReleveNextStep, labels: ReturnType<typeof pdfLabels>['nextSteps']): string {
  if (step.status === 'annule') return `${step.text.trim()} ${labels.cancelled}`
  if (step.status === 'fait') return `${step.text.trim()} ${labels.done}`
  return step.text.trim()
}

/** Next steps whose details hold rich text: the same table, its « Étape » cells holding the details. */
function richNextSteps(r: ReleveDocument, steps: readonly ReleveNextStep[], withResponsible: boolean): RichTable {
  const labels = pdfLabels(r).nextSteps
  const C = labels.columns
  const text = (t: string, bold = false): RichTableCell => ({
    type: 'tableCell',
    content: [{ type: 'paragraph', content: t ? [{ type: 'text', text: t, ...(bold ? { marks: [{ type: 'bold' as const }] } : {}) }] : [] }],
  })
  const head = (t: string): RichTableCell => ({ ...text(t), type: 'tableHeader' })
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: [head(C.number), head(C.text), ...(withResponsible ? [head(C.responsible)] : []), head(C.due)] },
      ...steps.map((s, k): RichTableRow => {
        const step = text(nextStepText(s, labels))
        step.content = [...(step.content ?? []), ...(s.details?.content ?? [])]
        // Number and due date bold, as in the plain table.
        return { type: 'tableRow', content: [text(String(k + 1), true), step, ...(withResponsible ? [text(s.responsible.trim())] : []), text(s.due.trim(), true)] }
      }),
    ],
  }
}

export function nextStepsSection(ctx: Ctx, root: StructElem, r: ReleveDocument): void {
  const steps = r.nextSteps.filter((s) => s.text.trim())
  if (steps.length === 0) return
  const sect = container(root, ctx, 'Sect')
  const labels = pdfLabels(r).nextSteps
  const C = labels.columns
  const withResponsible = steps.some((s) => s.responsible.trim())
  if (steps.some((s) => s.details && hasContent(s.details))) {
    const table = richNextSteps(r, steps, withResponsible)
    heading(ctx, sect, 2, pdfLabels(r).sections.nextSteps, { keepWith: richTableLead(ctx, table) })
    richTable(ctx, sect, table)
    sect.end()
    return
  }
  const numberWidth = 30
  const dueWidth = 124
  const responsibleWidth = withResponsible ? 118 : 0
  const textWidth = ctx.width - numberWidth - dueWidth - responsibleWidth
  const spec: TableSpec = {
    columns: withResponsible
      ? [numberWidth, textWidth, responsibleWidth, dueWidth]
      : [numberWidth, textWidth, dueWidth],
    header: [
      { text: C.number, align: 'center' },
      { text: C.text },
      ...(withResponsible ? [{ text: C.responsible }] : []),
      { text: C.due },
    ],
    groups: steps.map((s, k) => [
      [
        { text: String(k + 1), align: 'center' as const, face: 'bold' as const, color: COLORS.accent },
        { text: nextStepText(s, labels), color: s.status === 'annule' ? COLORS.muted : COLORS.text },
        ...(withResponsible ? [{ text: s.responsible.trim() }] : []),
        { text: s.due.trim(), face: 'bold' as const },
      ],
    ]),
  }
  heading(ctx, sect, 2, pdfLabels(r).sections.nextSteps, { keepWith: tableLeadHeight(ctx, spec) })
  pagedTable(ctx, sect, spec)
  sect.end()
}
