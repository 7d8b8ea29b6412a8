/**
 * The canonical form of a relevé, the text whose SHA-256 is the fingerprint of an adopted version.
 *
 * Definition (format « copil-releve/1 »):
 * - the object `{ "format": "copil-releve/1", "meetingId": <id>, "releve": <content> }`, where
 *   <content> is the relevé document as every export reads it (shared/domain/releve.ts) without
 *   what is presentation, not content: `letterhead` and `logo` (set in Paramètres), `adopted`
 *   and `adoption` (the state, not the text);
 * - written as JSON with no white space, object keys sorted by UTF-16 code units at every level,
 *   array order kept (it is the relevé's order), `undefined` members left out;
 * - every string (keys too) normalised to Unicode NFC, so that « é » typed as one code point or as
 *   « e » + combining accent gives the same form;
 * - numbers as JSON writes them (integers stay integers: 40, not 40.0).
 * The text is hashed as UTF-8. The same content always gives the same bytes, whatever the order
 * in which the document's members were built.
 */
import type { ReleveDocument } from '../domain/releve'

export const CANONICAL_FORMAT = 'copil-releve/1'

/** The relevé's content, ready to be written canonically (presentation and state left out). */
export type ReleveContent = Omit<ReleveDocument, 'letterhead' | 'logo' | 'adopted' | 'adoption'>

export interface CanonicalReleve {
  format: typeof CANONICAL_FORMAT
  meetingId: number
  releve: ReleveContent
}

/** Stable JSON: sorted keys, NFC strings, no white space; throws on values JSON cannot hold. */
export function stableJson(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'))
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Not a finite number')
      return JSON.stringify(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableJson(item))).join(',')}]`
      if (ArrayBuffer.isView(value)) throw new Error('Bytes have no canonical form')
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.normalize('NFC'), v] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
    }
    default:
      throw new Error(`No canonical form for a ${typeof value}`)
  }
}

/** The relevé's content: the document without presentation (letterhead, logo) or state. */
export function releveContent(doc: ReleveDocument): ReleveContent {
  const { letterhead: _letterhead, logo: _logo, adopted: _adopted, adoption: _adoption, ...content } = doc
  return content
}

/** The canonical text of a meeting's relevé (see the definition above). */
export function canonicalReleve(meetingId: number, doc: ReleveDocument): string {
  const canonical: CanonicalReleve = { format: CANONICAL_FORMAT, meetingId, releve: releveContent(doc) }
  return stableJson(canonical)
}

/** Reads a canonical text back; undefined when it is not one. */
export function parseCanonical(text: string): CanonicalReleve | undefined {
  try {
    const value = JSON.parse(text) as Partial<CanonicalReleve> | null
    if (!value || value.format !== CANONICAL_FORMAT || typeof value.meetingId !== 'number') return undefined
    if (typeof value.releve !== 'object' || value.releve === null) return undefined
    return value as CanonicalReleve
  } catch {
    return undefined
  }
}

/** The fingerprint as printed in the PDF footer: its first 16 hexadecimal digits, in groups of four. */
export function shortFingerprint(fingerprint: string): string {
  return (fingerprint.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ')
}
