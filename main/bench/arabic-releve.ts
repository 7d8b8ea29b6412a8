/**
 * The typical relevé in Arabic, for the bench (issue 14 #7) and the tests: the demo relevé set to
 * Arabic with the same structure — participants, agenda, discussions with their bold and italic
 * runs, lists, tables, decisions, engagements, next steps — and every French word replaced by an
 * Arabic word of the committee's vocabulary (the same French word always by the same Arabic one),
 * so that it costs what a relevé written in Arabic costs. Digits, percentages, dates and Latin
 * acronyms stay as typed, as they do in the committee's Arabic relevés.
 */
import type { ReleveDocument } from '../../shared/domain/releve'

/** Words of an Arabic relevé of the committee (nouns, verbs, particles), drawn in turn. */
const WORDS = [
  'اللجنة', 'التوجيهية', 'الحكومة', 'المنفتحة', 'خطة', 'العمل', 'الوطنية', 'الالتزام', 'الالتزامات', 'التقدم',
  'الإدارة', 'العمومية', 'المجتمع', 'المدني', 'الشركاء', 'التقنيون', 'الماليون', 'الوزارة', 'المنتدب', 'إصلاح',
  'الحق', 'في', 'الحصول', 'على', 'المعلومات', 'الشفافية', 'المشاركة', 'المواطنة', 'الميزانية', 'المفتوحة',
  'تم', 'الاتفاق', 'تقديم', 'تقرير', 'التقييم', 'الذاتي', 'الأنشطة', 'المتبقية', 'البرمجة', 'الجديدة',
  'مع', 'من', 'إلى', 'حول', 'بشأن', 'الاجتماع', 'المقبل', 'المنصة', 'الرقمية', 'الاستشارة',
  'العرائض', 'الملتمسات', 'التشريعية', 'الجماعات', 'الترابية', 'الجهوية', 'تتبع', 'تنفيذ', 'المؤشرات', 'النتائج',
  'ورشة', 'تكوينية', 'لفائدة', 'الموظفين', 'الجمعيات', 'الشباب', 'النساء', 'تعزيز', 'آليات', 'التواصل',
]

/** Keys whose values are codes, dates or names of things kept as typed, never words of the minutes. */
const KEEP = new Set([
  'type', 'date', 'startTime', 'endTime', 'reference', 'civility', 'side', 'status', 'mode', 'kind',
  'participantOrder', 'decisionStyle', 'language', 'acronym', 'videoTool', 'attrs', 'marks', 'logo',
  'letterhead', 'adoption', 'href',
])

/** French words of the committee's minutes, for a French relevé with new text (see newTextReleve). */
const FRENCH_WORDS = [
  'comité', 'pilotage', 'gouvernement', 'ouvert', 'plan', 'action', 'national', 'engagement', 'avancement', 'administration',
  'société', 'civile', 'partenaires', 'ministère', 'réforme', 'accès', 'information', 'transparence', 'participation', 'budget',
  'rapport', 'évaluation', 'activités', 'programmation', 'réunion', 'plateforme', 'consultation', 'pétitions', 'collectivités', 'suivi',
  'mise', 'en', 'œuvre', 'indicateurs', 'résultats', 'atelier', 'formation', 'associations', 'jeunes', 'femmes',
]

function hash(word: string, salt = 0): number {
  let h = 2166136261 ^ salt
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619)
  return h >>> 0
}

/** One French word as a word of `words`; numbers, percentages, acronyms and punctuation as typed. */
function swapWord(word: string, words: readonly string[], salt: number): string {
  const m = /^([^\p{L}]*)(\p{L}[\p{L}’'-]*)([^\p{L}]*)$/u.exec(word)
  if (!m) return word
  const [, before = '', letters = '', after = ''] = m
  // « OGP », « ACODEC »: Latin acronyms stay inside the Arabic text.
  if (letters.length > 1 && letters === letters.toUpperCase()) return word
  return `${before}${words[hash(letters.toLowerCase(), salt) % words.length] ?? ''}${after}`
}

/** A French text with its words in Arabic, spaces and line breaks kept. */
export function arabicText(text: string): string {
  return text.replace(/\S+/gu, (word) => swapWord(word, WORDS, 0))
}

function walk(value: unknown, text: (s: string) => string): unknown {
  if (typeof value === 'string') return text(value)
  if (Array.isArray(value)) return value.map((v) => walk(v, text))
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) out[key] = KEEP.has(key) ? v : walk(v, text)
  return out
}

/** The relevé `r` set to Arabic, its words in Arabic (see above). */
export function arabicReleve(r: ReleveDocument): ReleveDocument {
  return { ...(walk(r, arabicText) as ReleveDocument), language: 'ar' }
}

/**
 * The relevé `r` with new words, the same structure and lengths: in Arabic (set to Arabic) or in
 * French, each word drawn by `salt`, so that no line of it was laid out before in the process
 * (the bench's figure for a relevé exported for the first time in a warm process).
 */
export function newTextReleve(r: ReleveDocument, language: 'fr' | 'ar', salt: number): ReleveDocument {
  const words = language === 'ar' ? WORDS : FRENCH_WORDS
  const text = (s: string): string => s.replace(/\S+/gu, (word) => swapWord(word, words, salt))
  const out = walk(r, text) as ReleveDocument
  return language === 'ar' ? { ...out, language: 'ar' } : out
}
