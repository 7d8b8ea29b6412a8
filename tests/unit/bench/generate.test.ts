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
  const plans = db.prepare('SELECT p.id, count(DISTINCT e.id) AS engagements, count(a.id) AS activities FROM plans p JOIN engagements e ON e.plan_id = p.id JOIN activities a ON a.engagement_id = e.id GROUP BY p.id ORDER BY p.id').all() as { id: number; engagements: number; activities: number }[]
  const history = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'history'").pluck().get() === 1 ? (db.prepare('SELECT count(*) FROM history').pluck().get() as number) : 0
  const openSteps = db.prepare("SELECT count(*) FROM next_steps WHERE status IN ('a_faire', 'en_cours')").pluck().get() as number
  // Next steps of meetings before the last six: mostly done.
  const older = db.prepare("SELECT count(*) AS steps, sum(status IN ('a_faire', 'en_cours')) AS open FROM next_steps WHERE meeting_id <= (SELECT max(id) - 6 FROM meetings)").get() as { steps: number; open: number }
  db.close()
  rmSync(dir, { recursive: true, force: true })
  return { facts, discussions, decisions, plans, history, openSteps, older }
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

  it('writes three plans, the last one the largest and the one it names, with every engagement among them', () => {
    const { facts, plans } = generated(42)
    expect(plans).toHaveLength(3)
    expect(plans.reduce((n, p) => n + p.engagements, 0)).toBe(SMALL.engagements)
    expect(plans.reduce((n, p) => n + p.activities, 0)).toBe(SMALL.engagements * SMALL.activitiesPerEngagement)
    expect(facts.planId).toBe(plans.at(-1)?.id)
    expect(plans.at(-1)?.engagements).toBe(Math.max(...plans.map((p) => p.engagements)))
  })

  it('records no history for generated rows and leaves most past actions done', () => {
    const { history, openSteps, older } = generated(42)
    expect(history).toBe(0)
    expect(openSteps).toBeGreaterThan(0)
    expect(older.steps).toBeGreaterThan(0)
    expect(older.open).toBeLessThan(older.steps / 5)
  })

  it('makes the last meeting the largest', () => {
    const { facts } = generated(42)
    expect(facts.largestMeetingId).toBe(facts.meetingIds.at(-1))
  })
})
