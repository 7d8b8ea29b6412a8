import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
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

  it('shows the same snippet of a long text as when the whole text was searched', () => {
    // The snippet as it was built from every match of the whole text (before only the shown part was read).
    const whole = (text: string, words: readonly string[], length: number): string => {
      const flat = text.replace(/\s+/g, ' ').trim()
      const ranges = matchRanges(flat, words)
      let from = 0
      let to = flat.length
      if (flat.length > length) {
        const longest = [...words].sort((a, b) => b.length - a.length)[0]
        const first = (ranges.find((r) => r.word === longest) ?? ranges[0])?.start ?? 0
        const start = (i: number) => {
          let k = Math.max(0, i)
          while (k > 0 && flat[k - 1] !== ' ') k--
          return k
        }
        const end = (i: number) => {
          let k = Math.min(flat.length, i)
          while (k < flat.length && flat[k] !== ' ') k++
          return k
        }
        from = first < length / 3 ? 0 : start(first - Math.floor(length / 4))
        to = Math.min(flat.length, end(from + length))
      }
      let out = from > 0 ? '… ' : ''
      let at = from
      for (const r of ranges) {
        if (r.end <= from || r.start >= to) continue
        const s = Math.max(r.start, at)
        const e = Math.min(r.end, to)
        out += `${flat.slice(at, s)}[${flat.slice(s, e)}]`
        at = e
      }
      return `${out}${flat.slice(at, to)}${to < flat.length ? ' …' : ''}`.replaceAll('][', '')
    }
    const vocabulary = ['période', 'de', 'confinement', 'Comité', 'pilotage', 'délai', 'dé', 'l’État', 'اللجنة', 'الوطنية', 'œuvre', 'n°', '12', 'co']
    const word = fc.constantFrom(...vocabulary)
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 400 }),
        fc.array(fc.constantFrom(' ', '  ', '\n', ', ', '. '), { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom('periode', 'de', 'confinement', 'comite', 'del', 'co', 'اللجنة', 'oeuvre', '12'), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(60, 180),
        (textWords, gaps, searched, length) => {
          const text = textWords.map((w, i) => `${w}${gaps[i % gaps.length]}`).join('')
          const words = [...new Set(searched)]
          expect(marked(buildSnippet(text, words, length))).toBe(whole(text, words, length))
        },
      ),
      { numRuns: 300 },
    )
  })
})
