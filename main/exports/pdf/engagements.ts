/**
 * The table of the engagements: Engagement | État d'avancement | Nouvelle planification des
 * actions restantes, as in the relevés the secretariat sends. Each engagement is a group of two
 * rows kept on one page: number and progress on the first, title and narrative on the second,
 * the replanning spanning both.
 */
import { type ReleveEngagementRow } from '../../../shared/domain/releve'
import { type ReleveDocument } from '../../../shared/domain/releve'
import { pdfLabels } from '../common/labels'
import { type Ctx, type StructElem, heading, headingHeight, space } from './layout'
import { fill } from './strings'
import { groupRowHeights, headerHeightOf, pagedTable, tableLeadHeight, type RowGroup, type TableSpec } from './table'
import { COLORS, SIZES, SPACING } from './theme'

type Labels = ReturnType<typeof pdfLabels>['engagements']

/** « Avancement 70 % », « Engagement complété (100 %) », or « Avancement non communiqué » (« نسبة التقدم 70% » in Arabic). */
export function progressLabel(progress: number | null, L: Labels = pdfLabels({}).engagements): string {
  if (progress === null || !Number.isFinite(progress)) return L.noProgress
  const pct = Math.round(Math.min(100, Math.max(0, progress)))
  return pct >= 100 ? L.complete : fill(L.progress, { percent: pct })
}

function bandColor(progress: number | null): string {
  if (progress === null) return COLORS.band.none
  if (progress >= 90) return COLORS.band.termine
  if (progress >= 60) return COLORS.band.important
  if (progress >= 1) return COLORS.band.limite
  return COLORS.band.nonCommence
}

/** One line per activity; a dash before each when there are several. */
function replanningText(lines: readonly string[], L: Labels): string {
  const clean = lines.map((l) => l.trim()).filter(Boolean)
  if (clean.length === 0) return L.none
  return clean.length === 1 ? (clean[0] ?? '') : clean.map((l) => `– ${l}`).join('\n')
}

interface Chunk {
  labels: Labels
  row: ReleveEngagementRow
  narrative: string[]
  replanning: string[]
  continued: boolean
}

function group(chunk: Chunk): RowGroup {
  const { row, labels } = chunk
  const number = chunk.continued ? fill(labels.continued, { number: row.number }) : String(row.number)
  return [
    [
      { text: number, face: 'bold', size: 11, color: COLORS.accent, padBottom: 1 },
      { text: progressLabel(row.progress, labels), face: 'bold', color: bandColor(row.progress), padBottom: 1 },
      { text: replanningText(chunk.replanning, labels), rowSpan: 2 },
    ],
    [
      { text: chunk.continued ? '' : row.title, size: SIZES.tableSmall, color: COLORS.muted, padTop: 1 },
      { text: chunk.narrative.join('\n'), padTop: 1 },
    ],
  ]
}

/**
 * An engagement taller than a page (a very long narrative) is cut between its lines into
 * continued groups, so that no row is ever clamped and clipped by the page.
 */
function chunksOf(ctx: Ctx, spec: Omit<TableSpec, 'groups'>, row: ReleveEngagementRow, limit: number, labels: Labels): Chunk[] {
  const whole: Chunk = {
    labels,
    row,
    narrative: row.narrative
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    replanning: row.replanning,
    continued: false,
  }
  const height = (c: Chunk): number =>
    groupRowHeights(ctx, { ...spec, groups: [] }, group(c)).reduce((a, b) => a + b, 0)
  const out: Chunk[] = []
  let rest = whole
  while (height(rest) > limit && rest.narrative.length + rest.replanning.length > 1) {
    // Take as many lines as fit, narrative and replanning in proportion.
    let n = rest.narrative.length
    let m = rest.replanning.length
    let head: Chunk = rest
    while (n + m > 1 && height(head) > limit) {
      if (n >= m) n = Math.max(0, n - 1)
      else m = Math.max(0, m - 1)
      head = { ...rest, narrative: rest.narrative.slice(0, n), replanning: rest.replanning.slice(0, m) }
    }
    out.push(head)
    rest = { labels, row, narrative: rest.narrative.slice(n), replanning: rest.replanning.slice(m), continued: true }
  }
  out.push(rest)
  return out
}

function buildSpec(ctx: Ctx, rows: readonly ReleveEngagementRow[], L: Labels): TableSpec {
  const w = ctx.width
  const first = Math.round(w * 0.27)
  const second = Math.round(w * 0.4)
  const base: Omit<TableSpec, 'groups'> = {
    columns: [first, second, w - first - second],
    header: [{ text: L.columns.engagement }, { text: L.columns.progress }, { text: L.columns.replanning }],
  }
  const headerHeight = headerHeightOf(ctx, { ...base, groups: [] })
  const limit = ctx.doc.page.maxY() - ctx.doc.page.margins.top - headerHeight - 2
  return { ...base, groups: rows.flatMap((row) => chunksOf(ctx, base, row, limit, L).map(group)) }
}

/** What a heading just before the table must keep with it: the caption, the header, one engagement. */
export function engagementsLeadHeight(ctx: Ctx, r: Pick<ReleveDocument, 'language'>, rows: readonly ReleveEngagementRow[]): number {
  if (rows.length === 0) return 0
  const L = pdfLabels(r).engagements
  const spec = buildSpec(ctx, rows.slice(0, 1), L)
  return headingHeight(ctx, 4, L.caption) + tableLeadHeight(ctx, spec)
}

/** The caption and the table, under the agenda item it belongs to. */
export function engagementsTable(ctx: Ctx, parent: StructElem, r: Pick<ReleveDocument, 'language'>, rows: readonly ReleveEngagementRow[]): void {
  if (rows.length === 0) return
  const L = pdfLabels(r).engagements
  const spec = buildSpec(ctx, rows, L)
  heading(ctx, parent, 4, L.caption, { keepWith: tableLeadHeight(ctx, spec) })
  pagedTable(ctx, parent, spec)
  space(ctx, SPACING.block)
}
