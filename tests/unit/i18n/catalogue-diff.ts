/** Compares a French catalogue tree with its Arabic counterpart; returns readable problems. */
import { ARABIC_PLURAL_SUFFIXES, FRENCH_PLURAL_SUFFIXES } from '../../../shared/i18n/ar/types'

export type Tree = string | readonly string[] | { readonly [key: string]: Tree }

/**
 * Words that may stay as they are in an Arabic string (names, acronyms, file formats). A French
 * string copied unchanged is accepted only if nothing Latin is left once these, the
 * interpolations and the punctuation are taken out.
 */
export const SAME_IN_BOTH = ['Copil', 'PDF', 'Word', 'Excel', 'OGP', 'CSV', 'SQLite', 'JSON', 'docx', 'xlsx', 'pdf', 'csv', 'json', 'sqlite', 'copil', 'Ctrl', 'Alt', 'Shift', 'Entrée', 'OK', 'ID', 'URL', 'PTF', 'ONG', 'e-mail', 'Email', 'email', 'UTF-8',
  // Keyboard letters that stay Latin in an Arabic interface: the attendance shortcuts (P E A R I) and Ctrl+K.
  'P', 'E', 'A', 'R', 'I', 'K']

const VARIABLE = /\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g

function variables(s: string): string[] {
  return [...new Set([...s.matchAll(VARIABLE)].map((m) => m[1] ?? ''))].sort()
}

function stillFrench(s: string): boolean {
  let rest = s.replace(VARIABLE, ' ').replace(/\$t\([^)]*\)/g, ' ')
  for (const word of SAME_IN_BOTH) rest = rest.replace(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'), ' ')
  return /[A-Za-zÀ-ÿ]/.test(rest)
}

function isObject(t: Tree | undefined): t is { readonly [key: string]: Tree } {
  return typeof t === 'object' && t !== null && !Array.isArray(t)
}

function pluralBase(key: string): string | null {
  for (const suffix of FRENCH_PLURAL_SUFFIXES) if (key.endsWith(suffix)) return key.slice(0, -suffix.length)
  return null
}

/** The Arabic keys expected for a French object's keys, each with the French value it translates. */
function expectedKeys(frObj: { readonly [key: string]: Tree }): Map<string, { source: Tree; plural: boolean }> {
  const out = new Map<string, { source: Tree; plural: boolean }>()
  for (const [key, value] of Object.entries(frObj)) {
    const base = pluralBase(key)
    if (base !== null && typeof value === 'string') {
      const other = frObj[`${base}_other`] ?? value
      for (const suffix of ARABIC_PLURAL_SUFFIXES) {
        const source = suffix === '_one' ? (frObj[`${base}_one`] ?? value) : other
        out.set(`${base}${suffix}`, { source, plural: true })
      }
    } else out.set(key, { source: value, plural: false })
  }
  return out
}

function compareLeaf(source: string, arValue: string, plural: boolean, path: string): string[] {
  const problems: string[] = []
  if (arValue === source && stillFrench(source)) problems.push(`${path}: still French « ${source} »`)
  const want = variables(source).filter((v) => !(plural && v === 'count'))
  const got = variables(arValue).filter((v) => !(plural && v === 'count'))
  if (want.join() !== got.join()) problems.push(`${path}: variables ${got.map((v) => `{{${v}}}`).join(' ') || '(none)'} ≠ ${want.map((v) => `{{${v}}}`).join(' ') || '(none)'}`)
  return problems
}

export function compareCatalogues(frTree: Tree, arTree: Tree | undefined, path: string, options: { allowMissingTopLevel?: boolean } = {}): string[] {
  const at = (key: string): string => (path === '' ? key : `${path}.${key}`)
  if (arTree === undefined) return [`${path}: missing`]
  if (typeof frTree === 'string') {
    if (typeof arTree !== 'string') return [`${path}: should be a string`]
    return compareLeaf(frTree, arTree, false, path)
  }
  if (Array.isArray(frTree)) {
    if (!Array.isArray(arTree) || arTree.some((x) => typeof x !== 'string')) return [`${path}: should be a list of strings`]
    return (arTree as readonly string[]).flatMap((x, i) => ((frTree as readonly string[]).includes(x) && stillFrench(x) ? [`${at(String(i))}: still French « ${x} »`] : []))
  }
  if (!isObject(arTree)) return [`${path}: should be an object`]
  const frObj = frTree as { readonly [key: string]: Tree }
  const expected = expectedKeys(frObj)
  const problems: string[] = []
  for (const [key, { source, plural }] of expected) {
    const arValue = arTree[key]
    if (arValue === undefined) {
      if (!options.allowMissingTopLevel) problems.push(`${at(key)}: missing`)
      continue
    }
    if (plural && typeof source === 'string') {
      if (typeof arValue !== 'string') problems.push(`${at(key)}: should be a string`)
      else problems.push(...compareLeaf(source, arValue, true, at(key)))
    } else problems.push(...compareCatalogues(source, arValue, at(key)))
  }
  for (const key of Object.keys(arTree)) if (!expected.has(key)) problems.push(`${at(key)}: extra`)
  return problems
}
