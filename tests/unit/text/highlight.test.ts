import { describe, expect, it } from 'vitest'
import { buildSnippet, matchRanges } from '../../../shared/text/highlight'
import type { SnippetPart } from '../../../shared/domain/search'

const marked = (parts: SnippetPart[]) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')

describe('search snippets', () => {
  it('marks the words found on the text as written, accents and case kept', () => {
    expect(marked(buildSnippet('Reporter la Période de confinement.', ['periode', 'confinement']))).toBe(
      'Reporter la [Période] de [confinement].',
    )
  })

  it('takes the last word as the start of a word (being typed) and the others whole', () => {
    expect(marked(buildSnippet('Des délais de confinement et des conférences', ['de', 'conf']))).toBe(
      'Des délais [de] [confinement] et des [conférences]',
    )
  })

  it('centres a long text on the longest word searched, not on a short one met first', () => {
    const text = `De nombreux mots de remplissage ${'encore '.repeat(40)}pendant la période de confinement.`
    expect(marked(buildSnippet(text, ['periode', 'de', 'confinement'], 60))).toMatch(
      /\[période\] \[de\] \[confinement\]\.$/,
    )
  })

  it('marks every word that starts with the word being typed', () => {
    expect(marked(buildSnippet('Les Conférences et le confinement', ['conf']))).toBe(
      'Les [Conférences] et le [confinement]',
    )
    expect(marked(buildSnippet('Œuvres œcuméniques', ['oe']))).toBe('[Œuvres] [œcuméniques]')
  })

  it('marks Arabic words with their harakat, whatever alef or yeh was typed', () => {
    const text = 'اجتماع اللَّجْنَة مع مُصْطَفَى أحمد'
    expect(marked(buildSnippet(text, ['اللجنة', 'مصطفي', 'احمد']))).toBe('اجتماع [اللَّجْنَة] مع [مُصْطَفَى] [أحمد]')
  })

  it('ends a match before the punctuation that follows it', () => {
    const text = 'Voir l’accord, signé.'
    expect(matchRanges(text, ['accord']).map((r) => text.slice(r.start, r.end))).toEqual(['accord'])
  })

  it('cuts a long text around the first match, at word boundaries, with « … »', () => {
    const text = `${'mot '.repeat(100)}la période de confinement ${'suite '.repeat(100)}`
    const snippet = buildSnippet(text, ['confinement'], 80)
    const out = marked(snippet)
    expect(out.startsWith('… ')).toBe(true)
    expect(out.endsWith(' …')).toBe(true)
    expect(out).toContain('la période de [confinement] suite')
    expect(out.length).toBeLessThan(120)
    expect(out).not.toMatch(/ mo …|…o /)
  })

  it('shows the start of a text that has no match, and nothing for an empty one', () => {
    expect(marked(buildSnippet('Un texte\n\ncourt', ['absent']))).toBe('Un texte court')
    expect(buildSnippet('  ', ['x'])).toEqual([])
  })
})
