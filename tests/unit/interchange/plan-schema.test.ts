import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { planFileSchema, planFormatJsonSchema } from '../../../shared/interchange/plan-format'

describe('plan interchange format', () => {
  it('has its JSON Schema committed up to date in docs/ (regenerate: node scripts/generate-schemas.mjs)', () => {
    const committed = JSON.parse(readFileSync('docs/plan-format.schema.json', 'utf8')) as unknown
    expect(committed, 'docs/plan-format.schema.json est périmé : lancez « node scripts/generate-schemas.mjs »').toEqual(
      JSON.parse(JSON.stringify(planFormatJsonSchema())),
    )
  })

  it('accepts the example of docs/plan-format.md', () => {
    const doc = readFileSync('docs/plan-format.md', 'utf8')
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1]
    expect(example).toBeDefined()
    const parsed = planFileSchema.safeParse(JSON.parse(example ?? ''))
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  })

  it('names each faulty path in French, without writing anything itself', () => {
    const result = planFileSchema.safeParse({
      format: 'copil-plan',
      version: 1,
      plan: { title: 'Plan' },
      axes: [{ number: 1, title: 'Axe' }],
      engagements: [{ number: 1, axis: 1, title: 'E', activities: [{ number: 1, title: 'A', weight: 0 }, { number: 1, title: 'B' }] }],
      progress: [{ engagement: 1, activity: 7, date: '2020-02-30', percent: 120 }],
      replans: [{ engagement: 2, activity: 1, date: '2020-01-01', previous: { text: '' }, new: { text: 'x' }, kind: 'repoussee' }],
    })
    expect(result.success).toBe(false)
    const problems = (result.error?.issues ?? []).map((i) => `${i.path.join('.')} : ${i.message}`)
    expect(problems).toEqual(
      expect.arrayContaining([
        'engagements.0.activities.0.weight : doit être un nombre positif',
        'progress.0.date : Date impossible (format attendu : aaaa-mm-jj).',
        'progress.0.percent : doit être un pourcentage entre 0 et 100',
        expect.stringMatching(/^replans\.0\.kind : doit valoir « replanifiee »/),
      ]),
    )
  })
})
