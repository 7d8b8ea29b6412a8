/**
 * The bench's database generator writes varied text (no discussion repeated), the same for the
 * same seed, with discussions of about 2 KB of text; a small size here, the full sizes in the bench.
 */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { generateTenYears, SMALL } from '../../../main/bench/generate'
import { walkText } from './walk-text'

function generated(seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'copil-gen-'))
  const db = openDatabase(join(dir, 'g.sqlite'))
  const facts = generateTenYears(db, seed, SMALL)
  const discussions = db.prepare('SELECT discussion FROM agenda_items ORDER BY id').pluck().all() as string[]
  const decisions = db.prepare('SELECT text FROM decisions ORDER BY id').pluck().all() as string[]
  db.close()
  rmSync(dir, { recursive: true, force: true })
  return { facts, discussions, decisions }
}

describe('the bench database generator', () => {
  it('writes a different discussion and decision each time, about 2 KB of text per discussion', () => {
    const { discussions, decisions } = generated(42)
    expect(new Set(discussions).size).toBe(discussions.length)
    expect(new Set(decisions).size).toBe(decisions.length)
    const sizes = discussions.map((d) => walkText(JSON.parse(d)).length).sort((a, b) => a - b)
    const median = sizes[Math.floor(sizes.length / 2)] ?? 0
    expect(median).toBeGreaterThan(1500)
    expect(median).toBeLessThan(3500)
  })

  it('gives the same database for the same seed and another for another seed', () => {
    const a = generated(7)
    expect(generated(7).discussions).toEqual(a.discussions)
    expect(generated(8).discussions[0]).not.toBe(a.discussions[0])
  })

  it('makes the last meeting the largest', () => {
    const { facts } = generated(42)
    expect(facts.largestMeetingId).toBe(facts.meetingIds.at(-1))
  })
})
