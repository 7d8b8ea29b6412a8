/**
 * Realistic relevés for the bench, with new text at each run: the demo meeting's participants and
 * engagements table, then agenda items whose discussions, decisions and next steps are written
 * from a vocabulary of the committee's work by a seeded generator — paragraphs of varied
 * sentences with bold and italic, lists on two levels, a table with a list in a cell — so that no
 * paragraph repeats and no run reuses another's text (pdfkit measures, breaks and subsets anew).
 */
import type { ReleveAgendaItem, ReleveDecision, ReleveDocument } from '../../shared/domain/releve'
import type { RichBlock, RichDoc, RichInline, RichListItem, RichTableCell } from '../../shared/domain/rich-text'

const WORDS = (
  'administration société civile engagement activité plan action national gouvernement ouvert comité pilotage ' +
  'transparence budgétaire accès information intégrité participation citoyenne redevabilité collectivités territoriales ' +
  'ministère département direction agence instance archives données ouvertes portail consultation publique pétitions ' +
  'motions législatives budget citoyen rapport évaluation suivi indicateurs calendrier atelier thématique formation ' +
  'sensibilisation communication campagne partenaires techniques financiers consultant expertise méthodologie ' +
  'co-création priorisation porteurs fiches réunion visioconférence secrétariat rotation représentation équilibre ' +
  'retard confinement pandémie délais replanification validation adoption diffusion observations projet version ' +
  'circulaire guide pratique décret arrêté loi cadre juridique réforme numérique plateforme service usagers ' +
  'réclamations médiation commune région province conseil élus associations réseau jeunes femmes genre inclusion ' +
  'mécanisme coordination concertation interministérielle proposition recommandations feuille route étape livrable'
).split(' ')
const LINKS = ['de la', 'du', 'des', 'pour la', 'avec les', 'et la', 'dans le cadre du', 'en faveur de la', 'sur les', 'auprès des']
const VERBS = [
  'a présenté',
  'a rappelé',
  'propose',
  'souligne',
  'a validé',
  'recommande',
  'prévoit',
  'a examiné',
  'demande',
  'accompagnera',
  'finalisera',
  'a partagé',
]
const SUBJECTS = [
  'Le comité',
  'Le secrétariat',
  'La représentante de la société civile',
  'Le Département de la réforme de l’Administration',
  'Le consultant OCDE',
  'L’Agence de Développement Numérique',
  'Le National Democratic Institute',
  'Chaque porteur d’engagement',
  'Les membres',
]
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre']

/** A seeded generator (LCG), so that a run is reproducible and two seeds give two texts. */
function rng(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

class Writer {
  private readonly random: () => number
  constructor(seed: number) {
    this.random = rng(seed)
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T
  }
  phrase(words: number): string {
    const out: string[] = []
    for (let i = 0; i < words; i += 1) out.push(i > 0 && i % 3 === 0 ? `${this.pick(LINKS)} ${this.pick(WORDS)}` : this.pick(WORDS))
    return out.join(' ')
  }
  sentence(): string {
    const figure = this.random() < 0.3 ? ` (${this.int(2, 98)} %, ${this.pick(MONTHS)} ${this.int(2019, 2024)})` : ''
    return `${this.pick(SUBJECTS)} ${this.pick(VERBS)} ${this.phrase(this.int(6, 18))}${figure}.`
  }
  title(): string {
    const text = this.phrase(this.int(4, 9))
    return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1)
  }
  /** A run of sentences, some words in bold or italic. */
  inline(sentences: number): RichInline[] {
    const out: RichInline[] = []
    for (let i = 0; i < sentences; i += 1) {
      const s = this.sentence()
      const mark = this.random()
      if (mark < 0.15) out.push({ type: 'text', text: `${s} `, marks: [{ type: 'bold' }] })
      else if (mark < 0.25) out.push({ type: 'text', text: `${s} `, marks: [{ type: 'italic' }] })
      else out.push({ type: 'text', text: `${s} ` })
    }
    return out
  }
  paragraph(sentences: number): RichBlock {
    return { type: 'paragraph', content: this.inline(sentences) }
  }
  list(items: number, nested: boolean): RichBlock {
    const content: RichListItem[] = Array.from({ length: items }, (_, i) => ({
      type: 'listItem',
      content: [
        this.paragraph(this.int(1, 2)),
        ...(nested && i === 1 ? [this.list(this.int(2, 3), false)] : []),
      ],
    }))
    return { type: this.random() < 0.3 ? 'orderedList' : 'bulletList', content }
  }
  /** A list of short items, as in a table cell (« Ateliers thématiques »). */
  shortList(items: number): RichBlock {
    const content: RichListItem[] = Array.from({ length: items }, () => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: this.title() }] }],
    }))
    return { type: 'bulletList', content }
  }
  table(): RichBlock {
    const cell = (type: RichTableCell['type'], blocks: RichBlock[]): RichTableCell => ({ type, content: blocks })
    const header = { type: 'tableRow' as const, content: ['Activité', 'Responsable', 'Ateliers', 'Échéance'].map((h) => cell('tableHeader', [{ type: 'paragraph', content: [{ type: 'text', text: h }] }])) }
    const rows = Array.from({ length: this.int(3, 4) }, () => ({
      type: 'tableRow' as const,
      content: [
        cell('tableCell', [{ type: 'paragraph', content: [{ type: 'text', text: this.title() }] }]),
        cell('tableCell', [{ type: 'paragraph', content: [{ type: 'text', text: this.pick(SUBJECTS) }] }]),
        cell('tableCell', [this.shortList(this.int(2, 3))]),
        cell('tableCell', [{ type: 'paragraph', content: [{ type: 'text', text: `${this.pick(MONTHS)} ${this.int(2020, 2024)}` }] }]),
      ],
    }))
    return { type: 'table', content: [header, ...rows] }
  }
}

/** One block of a discussion: a paragraph, a list or (one in six) a table. */
function block(w: Writer, k: number): RichBlock {
  if (k % 6 === 5) return w.table()
  if (k % 3 === 1) return w.list(w.int(3, 5), k % 2 === 0)
  return w.paragraph(w.int(3, 6))
}

/**
 * A relevé of the demo meeting's participants and engagements and `blocks` generated blocks of
 * discussion, spread over agenda items of eight blocks, each with its decisions; `seed` decides
 * every word.
 */
export function generatedReleve(base: ReleveDocument, seed: number, blocks: number): ReleveDocument {
  const w = new Writer(seed)
  const agenda: ReleveAgendaItem[] = []
  for (let start = 0, n = 0; start < blocks; start += 8, n += 1) {
    const content = Array.from({ length: Math.min(8, blocks - start) }, (_, k) => block(w, start + k))
    const discussion: RichDoc = { type: 'doc', content }
    const decisions: ReleveDecision[] = Array.from({ length: w.int(2, 4) }, (_, d) => ({
      body: { type: 'doc', content: d === 1 ? [w.paragraph(2), w.list(3, false)] : [w.paragraph(w.int(1, 3))] },
      ...(d === 2 && n % 3 === 0 ? { note: true } : {}),
    }))
    agenda.push({ title: w.title(), presenter: w.pick(SUBJECTS), discussion, decisions })
  }
  return {
    ...base,
    reference: `${base.committee.acronym}-BENCH-${seed}`,
    introduction: { type: 'doc', content: [w.paragraph(4)] },
    agenda,
    engagements: base.engagements.map((row) => ({
      ...row,
      narrative: Array.from({ length: w.int(1, 3) }, () => w.sentence()).join('\n'),
      replanning: row.replanning.map(() => `${w.title()} (${w.pick(MONTHS)} ${w.int(2020, 2024)})`),
    })),
    nextSteps: Array.from({ length: 8 }, () => ({
      text: w.sentence(),
      responsible: w.pick(SUBJECTS),
      due: `${w.pick(['fin', 'mi-', 'début'])} ${w.pick(MONTHS)} 2021`,
      status: 'a_faire' as const,
    })),
  }
}

/** Pages of a PDF written by pdfkit (one uncompressed /Type /Page object per page). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

/**
 * A generated relevé of `pages` pages for `seed`: the number of blocks is moved from `start`, in
 * proportion then one at a time, until the PDF has that many pages (or the closest count when one
 * block moves it by two). Returns the relevé, its block count and its pages.
 */
export async function releveOfPages(
  base: ReleveDocument,
  seed: number,
  pages: number,
  start: number,
  render: (r: ReleveDocument) => Promise<Buffer>,
): Promise<{ releve: ReleveDocument; blocks: number; pages: number }> {
  let blocks = start
  let releve = generatedReleve(base, seed, blocks)
  let count = pdfPages(await render(releve))
  for (let guard = 0; guard < 12 && count !== pages; guard += 1) {
    // Far off: in proportion; close: one block at a time.
    const next = Math.abs(count - pages) > 2 ? Math.max(1, Math.round((blocks * pages) / count)) : blocks + Math.sign(pages - count)
    const candidate = generatedReleve(base, seed, next)
    const nextCount = pdfPages(await render(candidate))
    // One block can move the count by two pages (a table pushed over): keep the closer and stop.
    const crossed = Math.sign(pages - nextCount) === -Math.sign(pages - count) && Math.abs(next - blocks) === 1
    if (crossed && Math.abs(nextCount - pages) > Math.abs(count - pages)) break
    blocks = next
    releve = candidate
    count = nextCount
    if (crossed) break
  }
  return { releve, blocks, pages: count }
}
