/**
 * The body of the Word relevé, section by section as in the PDF: « Participants », « Ordre du
 * jour », « Points discutés » (with the engagements table), « Points arrêtés », « Prochaines étapes ».
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions } from 'docx'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { richHasContent } from '../../../shared/domain/rich-text'
import { followUpLabels, pdfLabels, vocabulary } from '../common/labels'
import { participantGroups } from '../common/participants'
import { decisionGroups } from '../common/decisions'
import { participantLineOf, progressLabelOf } from '../common/releve-text'
import { engagementsItemIndex } from '../pdf/sections'
import { fill } from '../pdf/strings'
import { frameBidi, paragraphBidi, printed, textRuns, type DocDirection } from './direction'
import { richBlocks, type Block, type WalkState } from './rich'
import { ACCENT, BULLETS, MUTED, NUMBERS, TABLE_STYLE, listDirection } from './styles'

type RunLook = { bold?: boolean; italics?: boolean; color?: string; size?: number }

/**
 * A paragraph of one text (typography applied), right to left when the text reads so — or, for
 * a line of the document's frame (`frame`), throughout an Arabic relevé.
 */
export function textParagraph(text: string, dir: DocDirection, look: RunLook = {}, options: Omit<IParagraphOptions, 'children'> = {}, frame = false): Paragraph {
  const fixed = printed(text, dir)
  return new Paragraph({ ...listDirection({ ...options, ...(frame ? frameBidi(fixed, dir) : paragraphBidi(fixed, dir)) }), children: textRuns(fixed, look) })
}

const h1 = (text: string, dir: DocDirection): Paragraph => textParagraph(text, dir, {}, { heading: HeadingLevel.HEADING_1 })
const h2 = (text: string, dir: DocDirection): Paragraph => textParagraph(text, dir, {}, { heading: HeadingLevel.HEADING_2 })

function cellOf(text: string, dir: DocDirection, o: { bold?: boolean; color?: string } = {}): TableCell {
  const fixed = printed(text, dir)
  return new TableCell({
    children: [
      new Paragraph({
        ...paragraphBidi(fixed, dir),
        children: fixed.split('\n').flatMap((line, k) => textRuns(line, { break: k > 0 ? 1 : 0, bold: o.bold, color: o.color })),
      }),
    ],
  })
}

/** A table of the relevé's own (header row repeated on each page), its columns from the right in Arabic. */
export function simpleTable(header: readonly string[], rows: readonly TableCell[][], dir: DocDirection): Table {
  return new Table({
    style: TABLE_STYLE,
    ...(dir.rtl ? { visuallyRightToLeft: true } : {}),
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.AUTOFIT,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cellOf(h, dir, { bold: true, color: ACCENT })) }),
      ...rows.map((children) => new TableRow({ cantSplit: true, children })),
    ],
  })
}

function participants(r: ReleveDocument, state: WalkState): Block[] {
  const { groups, listed } = participantGroups(r)
  const out: Block[] = [h1(pdfLabels(r).sections.participants, state)]
  if (listed === 0) out.push(textParagraph(pdfLabels(r).participants.none, state, { color: MUTED }))
  for (const g of groups) {
    if (g.title) out.push(h2(g.title, state))
    const instance = state.nextInstance++
    for (const p of g.people) {
      const line = participantLineOf(r, p)
      const [name, rest] = [printed(line.name, state), printed(line.rest, state)]
      out.push(
        new Paragraph({
          ...listDirection({ numbering: { reference: BULLETS, level: 0, instance }, ...paragraphBidi(`${name}${rest}`, state) }),
          spacing: { after: 20 },
          children: [...textRuns(name, { bold: true }), ...textRuns(rest)],
        }),
      )
    }
  }
  return out
}

function agenda(r: ReleveDocument, state: WalkState): Block[] {
  if (r.agenda.length === 0) return []
  const instance = state.nextInstance++
  return [h1(pdfLabels(r).sections.agenda, state), ...r.agenda.map((a) => textParagraph(a.title, state, {}, { numbering: { reference: NUMBERS, level: 0, instance } }))]
}

function engagementsTable(r: ReleveDocument, state: WalkState): Block[] {
  const L = pdfLabels(r).engagements
  return [
    simpleTable(
      [L.columns.engagement, L.columns.progress, L.columns.replanning],
      r.engagements.map((e) => [
        new TableCell({
          children: [
            textParagraph(String(e.number), state, { bold: true, color: ACCENT }),
            textParagraph(e.title, state, { color: MUTED, size: 16 }),
          ],
        }),
        new TableCell({
          children: [
            textParagraph(progressLabelOf(r, e.progress), state, { bold: true }),
            ...e.narrative
              .split('\n')
              .filter((l) => l.trim())
              .map((l) => textParagraph(l, state)),
          ],
        }),
        cellOf(e.replanning.length > 1 ? e.replanning.map((l) => `– ${l}`).join('\n') : (e.replanning[0] ?? L.none), state),
      ]),
      state,
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
    out.push(h2(`${index + 1}. ${item.discussionHeading?.trim() || item.title}`, state))
    if (presenter) out.push(textParagraph(fill(pdfLabels(r).agenda.presentedBy, { name: presenter }), state, { italics: true, color: MUTED }))
    out.push(...richBlocks(item.discussion, state))
    if (index === tableAt) out.push(...engagementsTable(r, state))
  })
  if (tableAt === -1) out.push(...engagementsTable(r, state))
  return out.length > 0 ? [h1(pdfLabels(r).sections.discussion, state), ...out] : []
}

function decisions(r: ReleveDocument, state: WalkState): Block[] {
  const groups = decisionGroups(r)
  if (groups.length === 0) return []
  const out: Block[] = [h1(pdfLabels(r).sections.decisions, state)]
  const numbered = state.nextInstance++
  for (const g of groups) {
    out.push(h2(g.title, state))
    for (const d of g.decisions) {
      const blocks = richBlocks(d.body, state)
      const [first, ...rest] = blocks
      const numbering = { reference: d.label === 'number' ? NUMBERS : BULLETS, level: 0, instance: numbered }
      // Only a leading paragraph can carry the label; a leading list or table follows an empty labelled line.
      if (d.label === 'none' || d.body.content?.[0]?.type !== 'paragraph' || !(first instanceof Paragraph)) {
        if (d.label !== 'none') out.push(new Paragraph(listDirection({ numbering, ...paragraphBidi('', state) })))
        out.push(...blocks)
        continue
      }
      // The decision's first paragraph carries its number; the rest follows, indented by the list.
      const lead = firstParagraph(d.body, state)
      out.push(new Paragraph({ ...listDirection({ numbering, ...paragraphBidi(lead.text, state) }), children: lead.runs }))
      out.push(...rest)
    }
  }
  return out
}

/** The runs and plain text of a document's first paragraph (the line that carries a decision's number). */
function firstParagraph(body: Parameters<typeof richBlocks>[0], dir: DocDirection): { runs: TextRun[]; text: string } {
  const first = body.content?.[0]
  if (first?.type !== 'paragraph') return { runs: [], text: '' }
  const nodes = first.content ?? []
  return {
    text: nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join(''),
    runs: nodes.flatMap((n) =>
      n.type === 'text'
        ? textRuns(printed(n.text, dir), {
            bold: n.marks?.some((m) => m.type === 'bold'),
            italics: n.marks?.some((m) => m.type === 'italic'),
            underline: n.marks?.some((m) => m.type === 'underline') ? {} : undefined,
          })
        : [new TextRun({ break: 1 })],
    ),
  }
}

function nextSteps(r: ReleveDocument, state: WalkState): Block[] {
  const steps = r.nextSteps.filter((s) => s.text.trim())
  if (steps.length === 0) return []
  const labels = pdfLabels(r).nextSteps
  const C = labels.columns
  const withResponsible = steps.some((s) => s.responsible.trim())
  return [
    h1(pdfLabels(r).sections.nextSteps, state),
    simpleTable(
      [C.number, C.text, ...(withResponsible ? [C.responsible] : []), C.due],
      steps.map((s, k) => {
        const suffix = s.status === 'annule' ? ` ${labels.cancelled}` : s.status === 'fait' ? ` ${labels.done}` : ''
        const details = s.details && richHasContent(s.details) ? richBlocks(s.details, state, { inCell: true }) : []
        return [
          cellOf(String(k + 1), state, { bold: true, color: ACCENT }),
          new TableCell({
            children: [textParagraph(`${s.text.trim()}${suffix}`, state), ...details, ...(details.at(-1) instanceof Table ? [new Paragraph({})] : [])],
          }),
          ...(withResponsible ? [cellOf(s.responsible.trim(), state)] : []),
          cellOf(s.due.trim(), state, { bold: true }),
        ]
      }),
      state,
    ),
  ]
}

/** « Suivi des actions précédentes »: the open actions of earlier meetings, as followed up at this one. */
function followUps(r: ReleveDocument, state: WalkState): Block[] {
  const rows = r.followUps ?? []
  if (rows.length === 0) return []
  const F = followUpLabels(r)
  const C = F.columns
  return [
    h1(F.title, state),
    simpleTable(
      [C.number, C.action, C.origin, C.responsible, C.due, C.status, C.note],
      rows.map((f, k) => [
        cellOf(String(k + 1), state, { bold: true, color: ACCENT }),
        cellOf(f.text.trim(), state),
        cellOf(f.origin, state),
        cellOf(f.responsible.trim(), state),
        cellOf(f.due.trim(), state),
        cellOf(vocabulary(r).actionStatuses[f.status], state, { bold: true }),
        cellOf(f.note.trim(), state),
      ]),
      state,
    ),
  ]
}

/** Every section after the title block. */
export function bodySections(r: ReleveDocument, state: WalkState): Block[] {
  return [...participants(r, state), ...agenda(r, state), ...discussions(r, state), ...decisions(r, state), ...followUps(r, state), ...nextSteps(r, state)]
}
