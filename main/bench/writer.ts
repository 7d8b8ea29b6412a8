/**
 * Seeded French prose for the bench: the committee's vocabulary, people's names, figures and dates,
 * written into sentences, paragraphs with bold and italic, lists on two levels and tables, so that
 * generated meetings and relevés never repeat one text (a text typed once measures differently
 * from a cached one). The same seed always gives the same words.
 */
import type { RichBlock, RichInline, RichListItem, RichTableCell } from '../../shared/domain/rich-text'

export const WORDS = (
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
export const SUBJECTS = [
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
export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre']

/** A seeded generator (LCG), so that a run is reproducible and two seeds give two texts. */
export function rng(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

export class Writer {
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


export const FIRST_NAMES = (
  'Amina Youssef Fatima Mohammed Khadija Ahmed Nadia Rachid Salma Karim Leïla Omar Samira Hicham Zineb Mehdi Houda Said ' +
  'Meryem Abdellatif Naima Mustapha Hajar Othmane Ilham Tarik Souad Noureddine Latifa Brahim Imane Adil Rajae Hamid Sanae ' +
  'Jamal Wafae Anas Kenza Driss Loubna Mounir Hanane Yassine Siham Aziz Bouchra Khalid Chaïmae Redouane Asmae Hassan'
).split(' ')
export const LAST_NAMES = (
  'Benali El Amrani Tazi Berrada Alaoui Bennani Chraibi El Idrissi Fassi Lahlou Kettani Sebti Ouazzani Bouzidi Cherkaoui ' +
  'Ziani Naciri Belkadi Amrani Hajji Mansouri Rifi Skalli Tahiri Zerouali Ben Chrifa Lamrani Kaoukabi Laghrissi Dahmani ' +
  'Elaouni Hmaity Sbai Ajnah Belhaj Essaidi Guessous Jebli Kadiri Mekouar Najib Ouali Raji Saadi Touimi Yacoubi Zouiten'
).split(' ')
export const ORGANISATIONS = [
  ['Ministère de l’Économie et des Finances', 'MEF'],
  ['Département de la Réforme de l’Administration', 'DRA'],
  ['Agence de Développement Numérique', 'ADD'],
  ['Instance Nationale de la Probité', 'INPPLC'],
  ['Conseil National des Droits de l’Homme', 'CNDH'],
  ['Archives du Maroc', 'ADM'],
  ['Transparency Maroc', 'TM'],
  ['Espace Associatif', 'EA'],
  ['Association Marocaine pour le Climat', 'AMCDD'],
  ['Club des Magistrats du Maroc', 'CMM'],
  ['Réseau des Jeunes pour la Gouvernance', 'RJG'],
  ['National Democratic Institute', 'NDI'],
  ['Organisation de Coopération et de Développement Économiques', 'OCDE'],
  ['Banque mondiale', 'BM'],
  ['Direction Générale des Collectivités Territoriales', 'DGCT'],
  ['Ministère de la Transition Numérique', 'MTN'],
  ['Haut-Commissariat au Plan', 'HCP'],
  ['Association des Femmes Élues', 'AFE'],
  ['Cour des comptes', 'CDC'],
  ['Conseil Économique, Social et Environnemental', 'CESE'],
] as const

/** About `bytes` of discussion: paragraphs and lists, and a table one time in four. */
export function discussionBlocks(w: Writer, bytes: number): RichBlock[] {
  const out: RichBlock[] = []
  let size = 0
  for (let k = 0; size < bytes; k += 1) {
    const b = k === 2 && w.int(0, 3) === 0 ? w.table() : k % 3 === 1 ? w.list(w.int(2, 4), k % 2 === 1) : w.paragraph(w.int(2, 5))
    // About 0.6 of the stored JSON is text.
    size += JSON.stringify(b).length * 0.6
    out.push(b)
  }
  return out
}
