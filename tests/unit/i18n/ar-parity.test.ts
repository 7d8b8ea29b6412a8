/**
 * The Arabic catalogue mirrors the French one file by file and key by key: a missing or extra key
 * fails, a plural key must have the six Arabic forms, interpolation variables must match, and a
 * French string copied unchanged into the Arabic catalogue fails (except a short explicit list).
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ar } from '../../../shared/i18n/ar'
import { fr } from '../../../shared/i18n/fr'
import { ARABIC_PLURAL_SUFFIXES } from '../../../shared/i18n/ar/types'
import { compareCatalogues, type Tree } from './catalogue-diff'

const FR_DIR = join(__dirname, '../../../shared/i18n/fr')
const AR_DIR = join(__dirname, '../../../shared/i18n/ar')

/**
 * French files whose Arabic counterpart is not written yet. Remove a file from this list in the
 * same commit that adds shared/i18n/ar/<file>; the list must end up empty.
 */
const PENDING = new Set<string>([])

const catalogueFiles = readdirSync(FR_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()

async function exportsOf(path: string): Promise<Record<string, Tree>> {
  return (await import(path)) as Record<string, Tree>
}

describe('Arabic catalogue parity', () => {
  it('has one Arabic file per French file, or lists it as pending', () => {
    const arFiles = readdirSync(AR_DIR).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f))
    const unknown = arFiles.filter((f) => !catalogueFiles.includes(f))
    expect(unknown, 'Arabic files with no French counterpart').toEqual([])
    const missing = catalogueFiles.filter((f) => !PENDING.has(f) && !arFiles.includes(f))
    expect(missing, 'French files with neither an Arabic file nor a PENDING entry').toEqual([])
    const stale = [...PENDING].filter((f) => arFiles.includes(f) || !catalogueFiles.includes(f))
    expect(stale, 'PENDING entries to remove (translated, or no longer a French file)').toEqual([])
  })

  it.each(catalogueFiles.filter((f) => existsSync(join(AR_DIR, f))))('%s: same exports, keys, variables; nothing left in French', async (file) => {
    const frExports = await exportsOf(join(FR_DIR, file))
    const arExports = await exportsOf(join(AR_DIR, file))
    expect(Object.keys(arExports).sort()).toEqual(Object.keys(frExports).sort())
    const problems = Object.keys(frExports).flatMap((name) => compareCatalogues(frExports[name] as Tree, arExports[name] as Tree, name))
    expect(problems).toEqual([])
  })

  it('the Arabic index holds every translated namespace of the French index, no more', () => {
    const problems = compareCatalogues(fr as unknown as Tree, ar as unknown as Tree, '', { allowMissingTopLevel: true })
    expect(problems).toEqual([])
    // A namespace of the French index may be absent only while its file is pending.
    const absent = Object.keys(fr).filter((k) => !(k in ar))
    expect(absent.length === 0 || PENDING.size > 0, `missing namespaces: ${absent.join(', ')}`).toBe(true)
  })

  it('compares plural keys form by form', () => {
    const frTree: Tree = { n_one: '{{count}} réunion', n_other: '{{count}} réunions' }
    const arOk: Tree = Object.fromEntries(ARABIC_PLURAL_SUFFIXES.map((s) => [`n${s}`, s === '_one' ? 'اجتماع واحد' : '{{count}} اجتماعات']))
    expect(compareCatalogues(frTree, arOk, 'x')).toEqual([])
    const { n_two: _dropped, ...arMissing } = arOk as Record<string, string>
    expect(compareCatalogues(frTree, arMissing, 'x')).toEqual(['x.n_two: missing'])
    expect(compareCatalogues({ a: 'Réunion' }, { a: 'Réunion' }, 'x')).toEqual(['x.a: still French « Réunion »'])
    expect(compareCatalogues({ a: 'Réunion' }, { a: 'اجتماع', b: 'زائد' }, 'x')).toEqual(['x.b: extra'])
    expect(compareCatalogues({ a: 'Date : {{date}}' }, { a: 'التاريخ: {{day}}' }, 'x')).toEqual(['x.a: variables {{day}} ≠ {{date}}'])
  })
})
