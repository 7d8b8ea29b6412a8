/**
 * The README's « Fiabilité » section is generated (scripts/fiabilite.ts) from the committed results
 * of `npm run test:faults` (docs/fiabilite.json): an edit by hand fails here, and so does a claim
 * whose proving test no longer exists.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import {
  CLAIMS,
  ROWS,
  currentSection,
  renderFiabilite,
  replaceSection,
  rowFailure,
  type FaultResults,
} from '../../../scripts/fiabilite'

const readme = readFileSync('README.md', 'utf8')
const committed = JSON.parse(readFileSync('docs/fiabilite.json', 'utf8')) as FaultResults

const empty: FaultResults = { generatedAt: '2026-12-01T10:00:00.000Z', full: true, files: {}, tests: [] }

describe('the README « Fiabilité » section', () => {
  it('is exactly what the generator makes of the committed results file (npm run test:faults -- --readme-only rewrites it)', () => {
    expect(currentSection(readme)).toBe(renderFiabilite(committed))
  })

  it('comes from a full run of the fault suite', () => {
    expect(committed.full).toBe(true)
    expect(committed.files['fuzz-api']?.runsPerChannel).toBeGreaterThanOrEqual(500)
  })

  it('names, for every claim, a test that exists in the file it names', () => {
    for (const claim of CLAIMS) {
      expect(claim.proofs.length, claim.title).toBeGreaterThan(0)
      for (const proof of claim.proofs)
        expect(readFileSync(proof.file, 'utf8'), `${claim.title}: ${proof.test}`).toContain(proof.test)
    }
  })

  it('says a results file is missing instead of showing a number', () => {
    const section = renderFiabilite(empty)
    for (const row of ROWS) expect(section).toContain(`résultats absents : ${row.source} n’a pas tourné`)
    expect(section).not.toMatch(/\| \d/)
    expect(rowFailure(ROWS[0] as (typeof ROWS)[number], {})).toMatch(/résultats absents/)
  })

  it('states the synchronous setting read at run time, and what the kill test does not show', () => {
    const full = renderFiabilite({ ...empty, database: { journalMode: 'wal', synchronous: 'FULL' } })
    expect(full).toContain('`PRAGMA synchronous=FULL` en mode `journal_mode=wal`')
    expect(full).toContain('elle ne coupe pas le courant')
    const normal = renderFiabilite({ ...empty, database: { journalMode: 'wal', synchronous: 'NORMAL' } })
    expect(normal).toContain('`PRAGMA synchronous=NORMAL`')
    expect(normal).toContain('la promesse ne tient pas')
  })

  it('marks a count that does not hold, and reports it as a failure', () => {
    const crash = { killsTried: 60, killsSurvived: 60, acknowledged: 5522, lost: 1, partial: 0 }
    const section = renderFiabilite({ ...empty, files: { 'crash-safety': crash } })
    expect(section).toContain('| Transactions confirmées perdues / présentes à moitié | 1 / 0 ✘ |')
    expect(section).toContain('| Arrêts brutaux (SIGKILL) pendant l’écriture : survécus / tentés | 60 / 60 ✔ |')
    const lost = ROWS.find((row) => row.label.startsWith('Transactions confirmées perdues'))
    expect(rowFailure(lost as (typeof ROWS)[number], { 'crash-safety': crash })).toBe(
      'Transactions confirmées perdues / présentes à moitié : 1 / 0',
    )
  })

  it('tells how the proving tests ended in the run', () => {
    const tests: FaultResults['tests'] = [
      {
        file: 'tests/faults/crash-safety.test.ts',
        name: 'crash safety > keeps every acknowledged transaction whole and no other in part, across 60 SIGKILLs',
        status: 'passed',
      },
      {
        file: 'tests/faults/disk-full.test.ts',
        name: 'a really full disk (tmpfs) > refuses writes, backups and plan imports in French, then works again once space is freed',
        status: 'skipped',
      },
    ]
    const section = renderFiabilite({ ...empty, tests })
    expect(section).toContain('« keeps every acknowledged transaction whole and no other in part » (1 / 1 réussi)')
    expect(section).toContain('then works again once space is freed » (0 / 1 réussi, 1 sauté)')
    expect(section).toContain('« syncs every save to disk before acknowledging it » (absent de la dernière exécution)')
  })

  it('replaces only what lies between its markers', () => {
    const section = renderFiabilite(empty)
    const before = '# Titre\n\n## Fiabilité\n\n'
    const after = '\n\n## Performance\n'
    const old = `${before}${currentSection(readme) ?? ''}${after}`
    expect(replaceSection(old, section)).toBe(`${before}${section}${after}`)
    expect(() => replaceSection('# sans marqueurs', section)).toThrow(/markers/)
  })
})
