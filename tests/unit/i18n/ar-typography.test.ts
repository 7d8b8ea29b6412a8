/**
 * The Arabic catalogue writes its punctuation the Arabic way, not the French: no space (plain or
 * narrow no-break) before « % », « : », « ; », « ! », « ? » nor their Arabic forms « ؛ » « ؟ »
 * (« 70% », « التاريخ: »), as shared/i18n/ar/GLOSSARY.md asks.
 */
import { describe, expect, it } from 'vitest'
import { ar } from '../../../shared/i18n/ar'
import type { Tree } from './catalogue-diff'

/**
 * Strings where the space is what the user types: the paste example shows a list as it comes
 * from a French document (the list reader splits on « , » and « ; »).
 */
const AS_TYPED = new Set(['participantsPaste.textPlaceholder'])

const SPACE_BEFORE = /[ \u00A0\u202F\u2009]+[%:;!?؛؟٪]/u

function strings(tree: Tree, path: string): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]]
  if (Array.isArray(tree)) return tree.flatMap((t: string, i: number) => strings(t, `${path}[${i}]`))
  return Object.entries(tree as Record<string, Tree>).flatMap(([k, t]) => strings(t, path ? `${path}.${k}` : k))
}

describe('Arabic catalogue typography', () => {
  it('has no space before « % » « : » « ; » « ! » « ? » « ؛ » « ؟ »', () => {
    const all = strings(ar as unknown as Tree, '')
    expect(all.length).toBeGreaterThan(1000)
    const wrong = all.filter(([path, s]) => !AS_TYPED.has(path) && SPACE_BEFORE.test(s)).map(([path, s]) => `${path}: ${s}`)
    expect(wrong).toEqual([])
  })

  it('catches a French « % » and a French colon', () => {
    expect(SPACE_BEFORE.test('نسبة تقدمه ({{percent}} %)')).toBe(true)
    expect(SPACE_BEFORE.test('التاريخ : {{date}}')).toBe(true)
    expect(SPACE_BEFORE.test('نسبة تقدمه ({{percent}}%)؛ التاريخ: {{date}}')).toBe(false)
  })
})
