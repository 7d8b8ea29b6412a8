/**
 * Finds French strings of the catalogue left on an Arabic screen. A catalogue value counts when it
 * has at least four letters of fixed text; `{{variables}}` match anything. A visible text node (or
 * placeholder, or the selected option of a list) is French when it IS such a value (user data is
 * its own text node and is rarely a whole catalogue sentence), or CONTAINS a fixed part of twelve
 * letters or more (two words at least) of a value built around variables. Values the Arabic catalogue keeps as they are (acronyms, « Copil ») are skipped.
 */
import type { Page } from '@playwright/test'
import { fr } from '../../shared/i18n/fr'
import { ar } from '../../shared/i18n/ar'
import { LANGUAGE_NAMES } from '../../shared/i18n/languages'

type Tree = string | readonly string[] | { readonly [key: string]: Tree }

function leaves(tree: Tree, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof tree === 'string') out.set(path, tree)
  else if (Array.isArray(tree)) tree.forEach((s: string, i) => out.set(`${path}.${i}`, s))
  else for (const [k, v] of Object.entries(tree as Record<string, Tree>)) leaves(v, path ? `${path}.${k}` : k, out)
  return out
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const VARIABLE = /\{\{[^}]*\}\}|\$t\([^)]*\)/g

interface Matcher {
  key: string
  value: string
  whole: RegExp
  parts: string[]
}

function matchers(): Matcher[] {
  const arabic = new Set(leaves(ar as unknown as Tree, '', new Map()).values())
  const out: Matcher[] = []
  for (const [key, value] of leaves(fr as unknown as Tree, '', new Map())) {
    if (arabic.has(value)) continue
    const fixed = value.split(VARIABLE).map((p) => p.trim())
    const letters = fixed.join('').replace(/[^\p{L}]/gu, '')
    if (letters.length < 4) continue
    // A variable stands for a number, a date or a name: not for a whole paragraph of the user's.
    const whole = new RegExp(`^${value.split(VARIABLE).map((p) => escape(p.trim())).join('.{1,40}?')}$`, 'su')
    // Only a sentence built around data is looked for inside a longer text: a fixed French value may
    // well be quoted inside the user's own French text.
    const parts = fixed.length > 1 ? fixed.filter((p) => p.includes(' ') && p.replace(/[^\p{L}]/gu, '').length >= 12) : []
    out.push({ key, value, whole, parts })
  }
  return out
}

/** The visible texts of the page a user reads, user input aside. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      const parent = node.parentElement
      if (!text || !parent || parent.closest('[contenteditable="true"], script, style, option')) continue
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      out.push(text)
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
      if (field.checkVisibility() && field.value === '') out.push(field.placeholder)
    }
    for (const select of document.querySelectorAll('select')) {
      const option = select.selectedOptions[0]
      if (select.checkVisibility() && option) out.push(option.text.trim())
    }
    return out
  })
}

/** French catalogue strings visible on the page: « key: text ». */
export async function frenchLeft(page: Page, ignore: readonly string[] = []): Promise<string[]> {
  // « Français » names the language in its own language, whatever the interface's (the language choice).
  const names: readonly string[] = Object.values(LANGUAGE_NAMES)
  const texts = (await visibleTexts(page)).filter((text) => !ignore.includes(text) && !names.includes(text))
  const found = new Set<string>()
  for (const m of matchers()) {
    for (const text of texts) {
      if (m.whole.test(text) || m.parts.some((part) => text.includes(part))) found.add(`${m.key}: ${text}`)
    }
  }
  return [...found].sort()
}
