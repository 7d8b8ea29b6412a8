/**
 * The body of the Word relevé, section by section as in the PDF: « Participants », « Ordre du
 * jour », « Points discutés » (with the engagements table), « Points arrêtés », « Prochaines étapes ».
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx'
import { type ReleveDocument, type ReleveEngagementRow } from '../../../shared/domain/releve'
import { richHasContent } from '../../../shared/domain/rich-text'
import { exportStrings } from '../../../shared/i18n/fr/export'
import { fr } from '../../../shared/i18n/fr'
import { participantGroups } from '../common/participants'
import { decisionGroups } from '../common/decisions'
import { progressLabel } from '../pdf/engagements'
import { engagementsItemIndex } from '../pdf/sections'
import { fill, participantLine, typo } from '../pdf/strings'
import { richBlocks, type Block, type WalkState } from './rich'
import { ACCENT, BULLETS, MUTED, NUMBERS, TABLE_STYLE } from './styles'

const S = exportStrings.pdf.sections

const h1 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(typo(text))] })
const h2 = (text: string): Paragraph => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(typo(text))] })

function cellOf(text: string, o: { bold?: boolean; color?: string } = {}): TableCell {
  const lines = typo(text).split('\n')
  return new TableCell({
    children: [
      new Paragraph({
        children: lines.map((line, k) => new TextRun({ text: line, break: k > 0 ? 1 : 0, bold: o.bold, color: o.color })),
      }),
    ],
  })
}

function simpleTable(header: readonly string[], rows: readonly TableCell[][]): Table {
  return new Table({
    style: TABLE_STYLE,
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.AUTOFIT,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cellOf(h, { bold: true, color: ACCENT })) }),
      ...rows.map((children) => new TableRow({ cantSplit: true, children })),
    ],
  })
}

function participants(r: ReleveDocument, state: WalkState): Block[] {
  const { groups, listed } = participantGroups(r)
  const out: Block[] = [h1(S.participants)]
  if (listed === 0) out.push(new Paragraph({ children: [new TextRun({ text: exportStrings.pdf.participants.none, color: MUTED })] }))
  for (const g of groups) {
    if (g.title) out.push(h2(g.title))
    const instance = state.nextInstance++
    for (const p of g.people) {
      const { name, rest } = participantLine(p)
      out.push(
        new Paragraph({
          numbering: { reference: BULLETS, level: 0, instance },
          spacing: { after: 20 },
          children: [new TextRun({ text: typo(name), bold: true }), new TextRun(typo(rest))],
        }),
      )
    }
  }
  return out
}

function agenda(r: ReleveDocument, state: WalkState): Block[] {
  if (r.agenda.length === 0) return []
  const instance = state.nextInstance++
  return [
    h1(S.agenda),
    ...r.agenda.map(
      (a) => new Paragraph({ numbering: { reference: NUMBERS, level: 0, instance }, children: [new TextRun(typo(a.title))] }),
    ),
  ]
}

function engagementsTable(rows: readonly ReleveEngagementRow[]): Block[] {
  const C = exportStrings.pdf.engagements.columns
  return [
    simpleTable(
      [C.engagement, C.progress, C.replanning],
      rows.map((e) => [
        new TableCell({
          children: [
            new Paragraph({ children: [new TextRun({ text: String(e.number), bold: true, color: ACCENT })] }),
            new Paragraph({ children: [new TextRun({ text: typo(e.title), color: MUTED, size: 16 })] }),
          ],
        }),
        new TableCell({
          children: [
            new Paragraph({ children: [new TextRun({ text: typo(progressLabel(e.progress)), bold: true })] }),
            ...e.narrative
              .split('\n')
              .filter((l) => l.trim())
              .map((l) => new Paragraph({ children: [new TextRun(typo(l))] })),
          ],
        }),
        cellOf(e.replanning.length > 1 ? e.replanning.map((l) => `– ${l}`).join('\n') : (e.replanning[0] ?? exportStrings.pdf.engagements.none)),
      ]),
    ),
    new Paragraph({}),
  ]
}

function discussions(r: ReleveDocument, state: WalkState): Block[] {
  const tableAt = r.engagements.length > 0 ? engagementsItemIndex(r.agenda) : -2
  const out: Block[] = []
  if (r.introduction && richHasContent(r.introduction)) out.push(...richBlocks(r.introduction, state))
  r.agenda.forEach((item, index) => {
    const presenter = item.presenter?.trim()
    if (!richHasContent(item.discussion) && index !== tableAt && !presenter) return
    out.push(h2(`${index + 1}. ${item.discussionHeading?.trim() || item.title}`))
    if (presenter) {
      out.push(
        new Paragraph({
          children: [new TextRun({ text: typo(fill(exportStrings.pdf.agenda.presentedBy, { name: presenter })), italics: true, color: MUTED })],
        }),
      )
    }
    out.push(...richBlocks(item.discussion, state))
    if (index === tableAt) out.push(...engagementsTable(r.engagements))
  })
  if (tableAt === -1) out.push(...engagementsTable(r.engagements))
  return out.length > 0 ? [h1(S.discussion), ...out] : []
}

function decisions(r: ReleveDocument, state: WalkState): Block[] {
  const groups = decisionGroups(r)
  if (groups.length === 0) return []
  const out: Block[] = [h1(S.decisions)]
  const numbered = state.nextInstance++
  for (const g of groups) {
    out.push(h2(g.title))
    for (const d of g.decisions) {
      const blocks = richBlocks(d.body, state)
      const [first, ...rest] = blocks
      // Only a leading paragraph can carry the label; a leading list or table follows an empty labelled line.
      if (d.label === 'none' || d.body.content?.[0]?.type !== 'paragraph' || !(first instanceof Paragraph)) {
        if (d.label !== 'none') out.push(new Paragraph({ numbering: { reference: d.label === 'number' ? NUMBERS : BULLETS, level: 0, instance: numbered } }))
        out.push(...blocks)
        continue
      }
      // The decision's first paragraph carries its number; the rest follows, indented by the list.
      out.push(new Paragraph({ numbering: { reference: d.label === 'number' ? NUMBERS : BULLETS, level: 0, instance: numbered }, children: paragraphChildren(d.body) }))
      out.push(...rest)
    }
  }
  return out
}

/** The runs of a document's first paragraph (the line that carries a decision's number). */
function paragraphChildren(body: Parameters<typeof richBlocks>[0]): TextRun[] {
  const first = body.content?.[0]
  if (first?.type !== 'paragraph') return []
  return (first.content ?? []).map((n) => (n.type === 'text' ? new TextRun({ text: typo(n.text), bold: n.marks?.some((m) => m.type === 'bold'), italics: n.marks?.some((m) => m.type === 'italic'), underline: n.marks?.some((m) => m.type === 'underline') ? {} : undefined }) : new TextRun({ break: 1 })))
}

function nextSteps(r: ReleveDocument, state: WalkState): Block[] {
  const steps = r.nextSteps.filter((s) => s.text.trim())
  if (steps.length === 0) return []
  const C = exportStrings.pdf.nextSteps.columns
  const labels = exportStrings.pdf.nextSteps
  const withResponsible = steps.some((s) => s.responsible.trim())
  return [
    h1(S.nextSteps),
    simpleTable(
      [C.number, C.text, ...(withResponsible ? [C.responsible] : []), C.due],
      steps.map((s, k) => {
        const suffix = s.status === 'annule' ? ` ${labels.cancelled}` : s.status === 'fait' ? ` ${labels.done}` : ''
        const details = s.details && richHasContent(s.details) ? richBlocks(s.details, state, { inCell: true }) : []
        return [
          cellOf(String(k + 1), { bold: true, color: ACCENT }),
          new TableCell({
            children: [new Paragraph({ children: [new TextRun(typo(`${s.text.trim()}${suffix}`))] }), ...details, ...(details.at(-1) instanceof Table ? [new Paragraph({})] : [])],
          }),
          ...(withResponsible ? [cellOf(s.responsible.trim())] : []),
          cellOf(s.due.trim(), { bold: true }),
        ]
      }),
    ),
  ]
}

/** « Suivi des actions précédentes »: the open actions of earlier meetings, as followed up at this one. */
function followUps(r: ReleveDocument): Block[] {
  const rows = r.followUps ?? []
  if (rows.length === 0) return []
  const C = fr.registers.releve.columns
  return [
    h1(fr.registers.releve.title),
    simpleTable(
      [C.number, C.action, C.origin, C.responsible, C.due, C.status, C.note],
      rows.map((f, k) => [
        cellOf(String(k + 1), { bold: true, color: ACCENT }),
        cellOf(f.text.trim()),
        cellOf(f.origin),
        cellOf(f.responsible.trim()),
        cellOf(f.due.trim()),
        cellOf(fr.registers.actionStatuses[f.status], { bold: true }),
        cellOf(f.note.trim()),
      ]),
    ),
  ]
}

/** Every section after the title block. */
export function bodySections(r: ReleveDocument, state: WalkState): Block[] {
  return [...participants(r, state), ...agenda(r, state), ...discussions(r, state), ...decisions(r, state), ...followUps(r), ...nextSteps(r, state)]
}
