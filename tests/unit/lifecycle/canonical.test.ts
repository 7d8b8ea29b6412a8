import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import type { ReleveDocument } from '../../../shared/domain/releve'
import { canonicalReleve, parseCanonical, shortFingerprint, stableJson } from '../../../shared/lifecycle/canonical'
import { diffLines } from '../../../shared/lifecycle/diff'

const releve = (title: string): ReleveDocument => ({
  reference: 'COPIL-2020-07-15',
  committee: { name: 'Comité de pilotage', acronym: 'COPIL' },
  title,
  kind: 'ordinaire',
  dates: [{ date: '2020-07-15', startTime: '10:00' }],
  mode: 'distance',
  place: '',
  videoTool: 'Zoom',
  adopted: false,
  participants: [],
  agenda: [{ title: 'Point 1', discussion: { type: 'doc', content: [] }, decisions: [{ body: { type: 'doc', content: [] } }] }],
  engagements: [{ number: 1, title: 'Engagement', progress: 40, narrative: '', replanning: [] }],
  nextSteps: [],
})

describe('the canonical form of a relevé', () => {
  it('is sorted JSON without white space, whatever the order the document was built in', () => {
    expect(stableJson({ b: 1, a: [2, { d: true, c: null }], e: undefined })).toBe('{"a":[2,{"c":null,"d":true}],"b":1}')
    const doc = releve('Réunion')
    const reversed = Object.fromEntries(Object.entries(doc).reverse()) as unknown as ReleveDocument
    expect(canonicalReleve(7, reversed)).toBe(canonicalReleve(7, doc))
  })

  it('normalises text to NFC: « é » as one code point or as e + accent gives the same fingerprint', () => {
    const composed = canonicalReleve(1, releve('Réunion'))
    const decomposed = canonicalReleve(1, releve('Re\u0301union'))
    expect(decomposed).toBe(composed)
    expect(composed).toContain('"title":"Réunion"')
  })

  it('leaves presentation and state out: letterhead, logo, adopted, adoption', () => {
    const plain = canonicalReleve(1, releve('Réunion'))
    const dressed = canonicalReleve(1, {
      ...releve('Réunion'),
      letterhead: ['Royaume du Maroc'],
      logo: new Uint8Array([1, 2, 3]),
      adopted: true,
      adoption: { version: 1, adoptedOn: '2020-10-02', fingerprint: 'f'.repeat(64), canonical: '{}' },
    })
    expect(dressed).toBe(plain)
    expect(plain.startsWith('{"format":"copil-releve/1","meetingId":1,"releve":{')).toBe(true)
  })

  it('gives a different fingerprint for a different text, and reads back what it wrote', () => {
    const a = canonicalReleve(1, releve('Réunion'))
    const b = canonicalReleve(1, releve('Réunion.'))
    const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
    expect(sha(a)).not.toBe(sha(b))
    expect(parseCanonical(a)?.releve.title).toBe('Réunion')
    expect(parseCanonical('{"format":"autre"}')).toBeUndefined()
    expect(parseCanonical('pas du JSON')).toBeUndefined()
    expect(shortFingerprint('0123456789abcdef0123')).toBe('0123 4567 89ab cdef')
  })

  it('refuses values JSON cannot hold rather than writing them differently', () => {
    expect(() => stableJson({ n: Number.NaN })).toThrow()
    expect(() => stableJson({ bytes: new Uint8Array(1) })).toThrow()
  })
})

describe('the line diff between two versions', () => {
  it('shows a replaced line as removed then added, and keeps the lines in common', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'B', 'c', 'd'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'B' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ])
  })
})
