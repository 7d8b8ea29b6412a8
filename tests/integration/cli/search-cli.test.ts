import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/temp'
import { copil } from '../../helpers/cli'
import type { SearchResults } from '../../../shared/domain/search'

// Runs the built command (`npm test` builds first; alone: `node scripts/build-main.mjs`).
function demoDb(): string {
  const file = join(tempDir(), 'exemple.sqlite')
  const run = copil('demo', '--db', file)
  expect(run.code, run.stderr).toBe(0)
  return file
}

describe('copil search', () => {
  it('finds the demo decision that mentions « la période de confinement », typed without accents', () => {
    const db = demoDb()
    const run = copil('search', '--db', db, 'periode de confinement')
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('1 résultat pour « periode de confinement »')
    expect(run.stdout).toContain('Décisions (1)')
    expect(run.stdout).toContain('Réunion du Comité de pilotage — mercredi 15 juillet 2020')
    // The words found, as written in the decision, between [ ] when the output is not a terminal.
    expect(run.stdout).toContain('pendant la [période] [de] [confinement].')
  })

  it('gives the same result as JSON, with where Enter would open it', () => {
    const db = demoDb()
    const run = copil('search', '--db', db, '--json', 'PÉRIODE de confin')
    expect(run.code, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as SearchResults & { query: string }
    expect(out.words).toEqual(['periode', 'de', 'confin'])
    expect(out.groups.map((g) => [g.kind, g.total])).toEqual([['decision', 1]])
    const hit = out.groups[0]?.hits[0]
    expect(hit?.target).toMatchObject({ screen: 'meeting', section: 'decisions', itemId: hit?.id })
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['période', 'de', 'confinement'])
  })

  it('finds people, organisations and engagements of the demo', () => {
    const db = demoDb()
    const run = copil('search', '--db', db, '--json', '--par-type', '50', 'ouvert')
    expect(run.code, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as SearchResults
    expect(out.groups.length).toBeGreaterThan(0)
    for (const group of out.groups) {
      expect(group.hits.length).toBe(Math.min(group.total, 50))
      for (const hit of group.hits) expect(hit.snippet.some((p) => p.match)).toBe(true)
    }
  })

  it('says so in French and exits 1 when nothing is found; 2 without terms or with a bad option', () => {
    const db = demoDb()
    const none = copil('search', '--db', db, 'introuvablexyz')
    expect(none.code).toBe(1)
    expect(none.stdout).toBe('Aucun résultat pour « introuvablexyz ».\n')
    const noTerms = copil('search', '--db', db)
    expect(noTerms.code).toBe(2)
    expect(noTerms.stderr).toContain('Indiquez les termes à rechercher')
    const badCount = copil('search', '--db', db, '--par-type', 'beaucoup', 'x')
    expect(badCount.code).toBe(2)
    expect(badCount.stderr).toContain('Nombre invalide pour --par-type')
    const noDb = copil('search', 'x')
    expect(noDb.code).toBe(2)
    expect(noDb.stderr).toContain('--db FICHIER')
  })
})
