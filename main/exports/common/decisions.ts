/**
 * The « Points arrêtés » as every format prints them: one group per agenda item (under its short
 * heading, else its title), then the decisions attached to no item; each decision a rich
 * document labelled « 1. » (numbered across the document) or « • » as the meeting chose, and
 * notes (« NB ») unlabelled.
 */
import { type ReleveDecision, type ReleveDocument } from '../../../shared/domain/releve'
import { decisionRichDoc, richHasContent, type RichDoc } from '../../../shared/domain/rich-text'
import { pdfLabels } from './labels'

export interface PrintedDecision {
  body: RichDoc
  label: 'number' | 'bullet' | 'none'
  /** Its number across the document, for numbered decisions. */
  n?: number
  /** The decision as typed, when it was given as plain text (the workbook keeps it verbatim). */
  typed?: string
}

export interface DecisionGroup {
  title: string
  decisions: PrintedDecision[]
}

/** A decision's document (a plain-text decision becomes paragraphs and a bullet list). */
export function decisionBody(d: ReleveDecision): { body: RichDoc; note: boolean } {
  return typeof d === 'string' ? { body: decisionRichDoc(d), note: false } : { body: d.body, note: d.note === true }
}

/** The groups of decisions, in order, numbered across the document. */
export function decisionGroups(r: ReleveDocument): DecisionGroup[] {
  const style = r.decisionStyle === 'bullet' ? 'bullet' : 'number'
  let n = 0
  const items = [
    ...r.agenda.map((a) => ({ title: a.decisionsHeading?.trim() || a.title, decisions: a.decisions })),
    { title: pdfLabels(r).sections.otherDecisions, decisions: r.otherDecisions ?? [] },
  ]
  return items
    .map((item) => ({
      title: item.title,
      decisions: item.decisions
        .map((d) => ({ ...decisionBody(d), ...(typeof d === 'string' ? { typed: d } : {}) }))
        .filter((d) => richHasContent(d.body))
        .map(({ note, ...d }): PrintedDecision => {
          if (note) return { ...d, label: 'none' }
          n++
          return style === 'number' ? { ...d, label: 'number', n } : { ...d, label: 'bullet' }
        }),
    }))
    .filter((g) => g.decisions.length > 0)
}
