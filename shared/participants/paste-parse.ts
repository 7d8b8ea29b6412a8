/**
 * Reads a list of participants as it is pasted from a relevé, a PDF or an e-mail:
 * « Mme. Prénom NOM, Organisation, », « • M. Prénom NOM, Organisation (ACR) ; »,
 * « M. Prénom Nom, Organisation-ACR- », a function instead of an organisation, lines wrapped by a
 * PDF copy (a line that does not start a new person continues the previous one), bullets and
 * trailing punctuation. Pure: no directory, no database — matching is done elsewhere.
 */
import type { Civility } from '../domain/vocabulary'
import { foldText } from '../text/fold'
import { isFunctionWord, isOrganisationStart } from './paste-words'

/** One person read from the pasted text. */
export interface PastedParticipant {
  /** Null when the line gives no civility (the user chooses). */
  civility: Civility | null
  firstName: string
  lastName: string
  organisation: string
  acronym: string
  function: string
  /** The text of the person, wrapped lines joined, as it was read. */
  source: string
  /** 1-based number of the line where the person starts. */
  line: number
}

export interface PasteReading {
  participants: PastedParticipant[]
  /** Lines that are not a person and continue none (a heading before the list, …). */
  skipped: { line: number; text: string }[]
}

// Bullets and list markers a copy leaves at the start of a line (including the private-use
// glyphs of Symbol and Wingdings fonts that PDFs of Word documents use for bullets).
const BULLET = /^(?:[\u2022\u2023\u25AA-\u25FF\u2043\u2219\u00B7\u2013\u2014\u2012*+>\u27A2\u2794\uF000-\uF0FF-]+|\(?\d{1,3}[.)-](?!\d))\s*/u
const CIVILITY =
  /^(madame|mademoiselle|monsieur|mmes?|mlle|melle|mrs|mr|ms|m)(?:\.|(?=\s))\s*/iu
// Titles that may follow or replace the civility; they are not part of the name.
const TITLE = /^(?:(?:dr|docteur|pr|professeur|me|maître|maitre|s\.?\s?e\.?|son excellence)(?:\.|(?=\s))\s*)+/iu
const EMAIL = /<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/gu
const PHONE = /(?:\+|00)?\d[\d .-]{7,}\d/gu

function civilityOf(word: string): Civility {
  const w = word.toLowerCase()
  return w === 'm' || w === 'mr' || w === 'monsieur' ? 'M.' : 'Mme'
}

function stripBullet(text: string): { text: string; bullet: boolean } {
  const match = BULLET.exec(text)
  if (!match || match[0].length === 0) return { text, bullet: false }
  return { text: text.slice(match[0].length), bullet: true }
}

/** Whether a line, once its bullet is removed, starts with a civility. */
function startsWithCivility(text: string): boolean {
  return CIVILITY.test(text) && /\p{L}/u.test(text.replace(CIVILITY, '').charAt(0))
}

/** A line that only announces the list (« Participants : », « Liste des présents »). */
function isHeading(text: string): boolean {
  return /:\s*$/u.test(text) && !text.includes(',')
}

interface Block {
  line: number
  text: string
}

/** Groups the lines into one block per person: a line that does not start a person continues the last one. */
function blocks(input: string): { blocks: Block[]; skipped: Block[] } {
  const lines = input.replace(/\r\n?/g, '\n').split('\n')
  const cleaned = lines.map((raw, index) => {
    const trimmed = raw.replace(/[\u00A0\u202F\t]/g, ' ').trim()
    const { text, bullet } = stripBullet(trimmed)
    return { line: index + 1, text: text.trim(), bullet }
  })
  const anyCivility = cleaned.some((l) => startsWithCivility(l.text))
  const out: Block[] = []
  const skipped: Block[] = []
  for (const l of cleaned) {
    if (l.text === '') continue
    const starts =
      startsWithCivility(l.text) || (!anyCivility && (l.bullet || !/^\p{Ll}/u.test(l.text)) && !isHeading(l.text))
    const last = out.at(-1)
    if (starts) out.push({ line: l.line, text: l.text })
    else if (last && !isHeading(l.text)) last.text = joinWrapped(last.text, l.text)
    else skipped.push({ line: l.line, text: l.text })
  }
  return { blocks: out, skipped }
}

/** Joins a wrapped line to the text before it; a word cut by a hyphen at the end of a line is mended. */
function joinWrapped(before: string, after: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after
  return `${before} ${after}`
}

/** Removes the punctuation a list puts after each person (« , », « ; », « . »). */
function trimTrailing(text: string): string {
  return text.replace(/[\s,;.·]+$/u, '').trim()
}

const isAcronym = (s: string): boolean =>
  /^[\p{Lu}\d][\p{Lu}\d&'.\-/ ]{0,18}$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2

/** An organisation and its acronym: « Nom (ACR) », « Nom-ACR- », « Nom – ACR ». */
export function splitAcronym(text: string): { name: string; acronym: string } {
  const t = trimTrailing(text)
  const paren = /^(.*?)\s*\(\s*([^()]+?)\s*\)$/u.exec(t)
  if (paren && isAcronym(paren[2] ?? '')) return { name: trimTrailing(paren[1] ?? ''), acronym: paren[2] ?? '' }
  const dashed = /^(.*?\S)\s*[-\u2013\u2014]\s*([\p{Lu}\d&]{2,15})\s*[-\u2013\u2014]?$/u.exec(t)
  if (dashed && isAcronym(dashed[2] ?? '') && /\p{Ll}/u.test(dashed[1] ?? '')) {
    return { name: trimTrailing(dashed[1] ?? ''), acronym: dashed[2] ?? '' }
  }
  return { name: t, acronym: '' }
}

/** Splits « Prénom NOM » (or « NOM Prénom », or « Prénom Nom ») into first name and surname. */
export function splitName(text: string): { firstName: string; lastName: string } {
  const tokens = text.split(/\s+/u).filter(Boolean)
  if (tokens.length === 0) return { firstName: '', lastName: '' }
  if (tokens.length === 1) return { firstName: '', lastName: tokens[0] ?? '' }
  const upper = tokens.map((w) => /\p{L}{2}/u.test(w) && !/\p{Ll}/u.test(w))
  const join = (from: number, to: number) => tokens.slice(from, to).join(' ')
  if (!upper.every(Boolean) && upper.some(Boolean)) {
    // The surname is the run of capitals; particles written « El », « Ben », « Ait » before it belong to it.
    let end = upper.length
    while (end > 0 && !upper[end - 1]) end--
    let start = end
    while (start > 0 && upper[start - 1]) start--
    if (end === tokens.length) {
      while (start > 1 && isParticle(tokens[start - 1] ?? '')) start--
      if (start > 0) return { firstName: join(0, start), lastName: join(start, end) }
    }
    if (start === 0) return { firstName: join(end, tokens.length), lastName: join(0, end) }
  }
  // No capitals to go by: the first name is the first word (two for « Fatima Zahra », « Moulay Ahmed »…).
  const firstLength = tokens.length >= 3 && isCompoundFirst(tokens[0] ?? '', tokens[1] ?? '') ? 2 : 1
  return { firstName: join(0, firstLength), lastName: join(firstLength, tokens.length) }
}

const PARTICLES = new Set(['el', 'al', 'ben', 'bel', 'bou', 'ait', 'aït', 'ibn', 'abou', 'ould', 'de', 'da', 'du', 'le', 'la', 'von', 'van'])
const isParticle = (w: string) => PARTICLES.has(w.toLowerCase())
const FIRST_PREFIXES = new Set(['moulay', 'sidi', 'lalla', 'abdel', 'abd', 'my'])
const FIRST_SECONDS = new Set(['zahra', 'ezzahra', 'zohra', 'ezzohra', 'amine', 'amin', 'reda', 'ali', 'yassine'])
function isCompoundFirst(first: string, second: string): boolean {
  return FIRST_PREFIXES.has(foldText(first)) || FIRST_SECONDS.has(foldText(second))
}

/** Splits a block's text after the civility into the name and what follows it. */
function splitNameAndRest(text: string): { name: string; rest: string[] } {
  const parts = text
    .split(/\s*[,;]\s*/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
  let name = parts[0] ?? ''
  const rest: string[] = []
  // A part that starts in lower case (« des Finances et de la Réforme ») continues the one before.
  for (const part of parts.slice(1)) {
    if (/^\p{Ll}/u.test(part) && rest.length > 0) rest[rest.length - 1] += `, ${part}`
    else rest.push(part)
  }
  if (rest.length === 0) {
    // « M. Prénom NOM – Organisation », « M. Prénom NOM (Organisation) », « M. Prénom NOM Ministère de … ».
    const dash = /^(.+?)\s+[-\u2013\u2014:]\s+(.+)$/u.exec(name)
    const paren = /^(.+?)\s*\((.+)\)$/u.exec(name)
    if (dash) return { name: dash[1] ?? '', rest: [dash[2] ?? ''] }
    if (paren) return { name: paren[1] ?? '', rest: [`(${paren[2] ?? ''})`] }
    const words = name.split(/\s+/u)
    const at = words.findIndex((w, i) => i >= 2 && (isOrganisationStart(w) || isFunctionWord(w)))
    if (at > 0) return { name: words.slice(0, at).join(' '), rest: [words.slice(at).join(' ')] }
  }
  name = name.replace(/\s*\(\s*\)\s*$/u, '')
  return { name, rest }
}

/**
 * A part that starts with a function word: « Consultant OCDE », « Directrice de l’Agence X »
 * give a function and an organisation; « Coordinatrice locale du programme » a function alone.
 */
function splitFunction(part: string): { fn: string; organisation: string } {
  const words = part.split(/\s+/u)
  // Only a capitalised name opens the organisation: « du programme X » stays in the function.
  const at = words.findIndex((w, i) => i >= 1 && isOrganisationStart(w) && /^(?:[ld]['’])?\p{Lu}/iu.test(w) && /\p{Lu}/u.test(w.replace(/^[ld]['’]/iu, '').charAt(0)))
  if (at > 0) {
    let end = at
    // Drop the linking words: « de l’ », « du », « auprès de la ».
    while (end > 1 && /^(?:de|du|des|la|le|les|l['’]|d['’]|à|au|aux|auprès|chez|pour)$/iu.test(words[end - 1] ?? '')) end--
    const lead = /^(?:l['’]|d['’])(.+)$/iu.exec(words[at] ?? '')
    const orgWords = words.slice(at)
    if (lead) orgWords[0] = lead[1] ?? ''
    return { fn: words.slice(0, end).join(' '), organisation: orgWords.join(' ') }
  }
  const tail = /^(.*\S)\s+((?:[\p{Lu}\d&]{2,15}(?:\s+|$))+)$/u.exec(part)
  if (tail && words.length >= 2) return { fn: tail[1] ?? '', organisation: (tail[2] ?? '').trim() }
  return { fn: part, organisation: '' }
}

function readBlock(block: Block): PastedParticipant {
  let text = trimTrailing(block.text.replace(EMAIL, ' ').replace(PHONE, ' ').replace(/\s+/gu, ' '))
  let civility: Civility | null = null
  const civ = CIVILITY.exec(text)
  if (civ) {
    civility = civilityOf(civ[1] ?? '')
    text = text.slice(civ[0].length)
  }
  text = text.replace(TITLE, '')
  const { name, rest } = splitNameAndRest(text)
  const { firstName, lastName } = splitName(trimTrailing(name).replace(/^[-\u2013\u2014]+|[-\u2013\u2014]+$/gu, '').trim())
  const functions: string[] = []
  const organisations: string[] = []
  for (const part of rest.map(trimTrailing).filter(Boolean)) {
    if (isFunctionWord(part.split(/\s+/u)[0] ?? '')) {
      const { fn, organisation } = splitFunction(part)
      functions.push(fn)
      if (organisation) organisations.push(organisation)
    } else {
      organisations.push(part)
    }
  }
  const { name: organisation, acronym } = splitAcronym(organisations.join(', '))
  return {
    civility,
    firstName,
    lastName,
    organisation: organisation.replace(/^\((.*)\)$/u, '$1').trim(),
    acronym,
    function: functions.join(', '),
    source: block.text,
    line: block.line,
  }
}

/** Reads pasted text into one entry per person, in order. */
export function parseParticipants(input: string): PasteReading {
  const { blocks: found, skipped } = blocks(input)
  return {
    participants: found.map(readBlock).filter((p) => p.lastName.length > 0),
    skipped: skipped.map((s) => ({ line: s.line, text: s.text })),
  }
}
