/**
 * The relevés the idle warm-up lays out (./warm.ts): a few pages that go through every path a real
 * relevé takes — participants by side with functions and acronyms, paragraphs mixing the four faces
 * and underline, lists on two levels, tables with merged cells and lists in cells, decisions with a
 * « NB », the engagements table, next steps, a line of Arabic — with words that change at each run,
 * so that the code measuring and shaping words never seen before is optimised too, not only the
 * cache hits of a relevé rendered again. Never shown nor written anywhere.
 */
import type { ReleveAgendaItem, ReleveDocument, ReleveParticipant } from '../../shared/domain/releve'
import type { RichBlock, RichInline, RichMarkType, RichTableCell } from '../../shared/domain/rich-text'

const SYLLABLES = ['ré', 'sa', 'tion', 'con', 'mi', 'pro', 'gé', 'par', 'ti', 'cè', 'dé', 'ca', 'lo', 'ver', 'nan', 'ment', 'ac', 'œu', 'tri', 'bu', 'çon', 'ï', 'fê', 'mes', 'ou', 'ra']
const WORDS = ['le', 'la', 'des', 'du', 'comité', 'engagement', 'plan', 'suivi', 'rapport', 'société', 'civile', 'administration', 'l’atelier', '« ouverture »', '50 %', '2021', 'n° 3', '—', 'portail', 'données']
const ARABIC = 'اللجنة الوطنية للحكومة المنفتحة: تقرير التتبع 2021 والتزامات المخطط.'

/** A small seeded generator (xorshift): the same run number gives the same relevé. */
class Words {
  private state: number
  constructor(seed: number) {
    this.state = (seed * 2654435761) >>> 0 || 1
  }
  private next(): number {
    let x = this.state
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    this.state = x >>> 0
    return this.state / 2 ** 32
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T
  }
  /** A word never seen before (one in three) or a common one. */
  word(): string {
    if (this.next() < 0.66) return this.pick(WORDS)
    let w = ''
    for (let i = this.int(2, 4); i > 0; i -= 1) w += this.pick(SYLLABLES)
    return this.next() < 0.15 ? w.charAt(0).toUpperCase() + w.slice(1) : w
  }
  sentence(words: number): string {
    const out = Array.from({ length: words }, () => this.word()).join(' ')
    return `${out.charAt(0).toUpperCase()}${out.slice(1)}${this.pick(['.', ' ;', ' :', ' ?', ' !', '…'])}`
  }
  /** Runs in the four faces, some underlined, with a line break now and then. */
  inline(sentences: number): RichInline[] {
    const out: RichInline[] = []
    for (let i = 0; i < sentences; i += 1) {
      const marks: RichMarkType[] = []
      const draw = this.next()
      if (draw < 0.2) marks.push('bold')
      if (draw > 0.1 && draw < 0.3) marks.push('italic')
      if (draw > 0.9) marks.push('underline')
      out.push({ type: 'text', text: `${this.sentence(this.int(6, 16))} `, ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}) })
      if (draw > 0.95) out.push({ type: 'hardBreak' })
    }
    return out
  }
  paragraph(sentences: number): RichBlock {
    return { type: 'paragraph', content: this.inline(sentences) }
  }
  list(items: number, nested: boolean, ordered = false): RichBlock {
    return {
      type: ordered ? 'orderedList' : 'bulletList',
      content: Array.from({ length: items }, (_, i) => ({
        type: 'listItem' as const,
        content: [this.paragraph(this.int(1, 2)), ...(nested && i === 1 ? [this.list(2, false)] : [])],
      })),
    }
  }
  cell(kind: 'tableCell' | 'tableHeader', content: RichBlock[], colspan?: number): RichTableCell {
    return { type: kind, ...(colspan ? { attrs: { colspan } } : {}), content }
  }
  /** A table: a title row across the columns, a header row, rows with a list in a cell. */
  table(rows: number): RichBlock {
    const text = (t: string): RichBlock[] => [{ type: 'paragraph', content: [{ type: 'text', text: t }] }]
    return {
      type: 'table',
      content: [
        { type: 'tableRow', content: [this.cell('tableHeader', text(this.sentence(4)), 3)] },
        { type: 'tableRow', content: ['Intervenant.e.s', 'Contenu', 'Date'].map((h) => this.cell('tableHeader', text(h))) },
        ...Array.from({ length: rows }, () => ({
          type: 'tableRow' as const,
          content: [
            this.cell('tableCell', [this.paragraph(1)]),
            this.cell('tableCell', [this.paragraph(1), this.list(this.int(2, 3), false)]),
            this.cell('tableCell', text(`${this.int(1, 28)}/0${this.int(1, 9)}/2021`)),
          ],
        })),
      ],
    }
  }
}

function participants(w: Words): ReleveParticipant[] {
  const sides = ['administration', 'societe_civile', 'partenaire', 'expert'] as const
  return Array.from({ length: 14 }, (_, i) => ({
    civility: i % 2 === 0 ? 'Mme' : 'M.',
    firstName: w.word(),
    lastName: w.word().toUpperCase(),
    organisation: `Organisation ${w.word()}`,
    ...(i % 3 === 0 ? { acronym: 'ACODEC' } : {}),
    ...(i % 4 === 1 ? { function: `Coordinatrice ${w.word()}` } : {}),
    side: sides[i % sides.length] ?? 'administration',
    status: i === 13 ? 'excuse' : 'present',
  }))
}

function agendaItem(w: Words, n: number): ReleveAgendaItem {
  const blocks: RichBlock[] = [w.paragraph(w.int(3, 5)), w.list(w.int(3, 4), true, n % 2 === 1), w.paragraph(w.int(2, 4))]
  if (n !== 1) blocks.push(w.table(w.int(3, 4)))
  if (n === 0) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: ARABIC }] })
  return {
    title: w.sentence(5),
    presenter: `${w.word()} ${w.word()}`,
    discussion: { type: 'doc', content: blocks },
    decisions: [
      { body: { type: 'doc', content: [w.paragraph(2)] } },
      { body: { type: 'doc', content: [w.paragraph(1), w.list(3, false)] } },
      { body: { type: 'doc', content: [w.paragraph(1)] }, note: true },
      `Décision ${w.word()} adoptée.\n- ${w.sentence(5)}\n- ${w.sentence(4)}`,
    ],
  }
}

/** The warm-up relevé of run `run`: about five A4 pages, new words at each run. */
export function warmUpReleve(run: number): ReleveDocument {
  const w = new Words(run + 1)
  return {
    reference: 'COPIL-2021-03-15',
    committee: { name: 'Comité de pilotage du Gouvernement Ouvert', acronym: 'COPIL' },
    letterhead: ['Royaume du Maroc', 'Ministère de la Transition numérique'],
    title: 'Réunion du comité de pilotage',
    kind: 'ordinaire',
    dates: [
      { date: '2021-03-15', startTime: '10:00', endTime: '12:00' },
      { date: '2021-03-16', startTime: '09:30', endTime: '11:00' },
    ],
    mode: 'hybride',
    place: 'Rabat',
    videoTool: 'Zoom',
    adopted: false,
    participants: participants(w),
    introduction: { type: 'doc', content: [w.paragraph(2)] },
    agenda: [0, 1, 2].map((n) => agendaItem(w, n)),
    engagements: Array.from({ length: 6 }, (_, i) => ({
      number: i + 1,
      title: w.sentence(8),
      progress: (i * 23) % 101,
      narrative: `${w.sentence(10)}\n${w.sentence(7)}`,
      replanning: [`${w.sentence(3)} (mars 2022)`],
    })),
    nextSteps: Array.from({ length: 4 }, (_, i) => ({
      text: w.sentence(8),
      responsible: w.word(),
      due: 'fin juillet 2021',
      status: i % 2 === 0 ? ('a_faire' as const) : ('en_cours' as const),
    })),
  }
}
