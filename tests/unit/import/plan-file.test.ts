import { describe, expect, it } from 'vitest'
import { problemsOf, read } from './plan-workbook-helpers'
import type { PlanFileInput } from '../../../shared/interchange/plan-format'
import { zipBomb } from '../../faults/fixtures/workbooks'
import { sparseWorkbook } from '../../faults/fixtures/big-files'

const minimalJson = (): PlanFileInput => ({
  format: 'copil-plan',
  version: 1,
  plan: { title: 'Plan 2021-2023', period: '2021-2023' },
  axes: [{ number: 1, title: 'Transparence' }],
  engagements: [
    {
      number: 1,
      axis: 1,
      title: 'Accès à l’information',
      activities: [{ number: 1, title: 'Guide', baseline: { text: 'plus tard' } }],
    },
  ],
  progress: [{ engagement: 1, activity: 1, date: '2021-02-01', percent: 40 }],
})
const jsonBytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8')

describe('reading a plan file (JSON interchange file)', () => {
  it('reads a valid file, whatever its name, and notes a baseline kept as written', async () => {
    const result = await read('plan.txt', jsonBytes(minimalJson()))
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.format).toBe('json')
    expect(result.file.plan.title).toBe('Plan 2021-2023')
    expect(result.file.engagements[0]?.activities[0]?.weight).toBe(1)
    expect(result.notes).toEqual([
      'Engagement n° 1, activité n° 1 : planification « plus tard » gardée telle qu’écrite, à préciser.',
    ])
  })

  it('accepts a byte-order mark', async () => {
    const result = await read('plan.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), jsonBytes(minimalJson())]))
    expect(result.ok).toBe(true)
  })

  it('names every faulty field: an impossible date, a percentage above 100, an unknown engagement', async () => {
    const file = minimalJson()
    file.progress = [
      { engagement: 1, activity: 1, date: '2021-02-30', percent: 40 },
      { engagement: 1, activity: 1, date: '2021-03-01', percent: 140 },
      { engagement: 7, date: '2021-03-01', percent: 10 },
    ]
    const problems = problemsOf(await read('plan.json', jsonBytes(file)))
    expect(problems.some((p) => p.startsWith('progress[0].date : '))).toBe(true)
    expect(problems.some((p) => p.startsWith('progress[1].percent : '))).toBe(true)
    expect(problems.some((p) => p.startsWith('progress[2].engagement : ') && p.includes('aucun engagement n° 7'))).toBe(
      true,
    )
  })

  it('refuses text that is not JSON, JSON that is not a plan, and bytes that are not UTF-8', async () => {
    expect(problemsOf(await read('plan.json', Buffer.from('{"format": "copil-plan",'))).join()).toMatch(
      /n’est pas un JSON valide/,
    )
    expect(problemsOf(await read('plan.json', jsonBytes({ hello: 'world' }))).join('\n')).toMatch(
      /format : ce fichier n’est pas un plan Copil/,
    )
    const latin1 = Buffer.from(JSON.stringify(minimalJson()).replace('Plan 2021-2023', 'Plan é'), 'latin1')
    expect(problemsOf(await read('plan.json', latin1)).join()).toMatch(/n’est pas encodé en UTF-8/)
  })
})

describe('reading a plan file: what is neither JSON nor a workbook', () => {
  it('refuses an empty file, a text, a PDF, an old .xls and a file over 30 MB, each with its French reason', async () => {
    expect(problemsOf(await read('plan.xlsx', Buffer.alloc(0)))).toEqual(['Le fichier « plan.xlsx » est vide.'])
    expect(problemsOf(await read('notes.txt', Buffer.from('Axe 1 : transparence')))).toEqual([
      'Le fichier « notes.txt » n’est ni un plan au format JSON de Copil (.json) ni un classeur de suivi du plan (.xlsx).',
    ])
    expect(problemsOf(await read('plan.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n')))[0]).toMatch(/ni un plan au format JSON/)
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect(problemsOf(await read('plan.xls', ole))[0]).toMatch(
      /Excel 97-2003 \(\.xls\) : enregistrez-le au format \.xlsx/,
    )
    expect(problemsOf(await read('plan.json', Buffer.alloc(30_000_001, 32)))).toEqual([
      'Le fichier dépasse 30 Mo : découpez-le en plusieurs fichiers.',
    ])
  })

  it('refuses a damaged zip, a zip bomb and a sheet of millions of cells before exceljs loads them', async () => {
    expect(problemsOf(await read('plan.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])))[0]).toMatch(
      /archive zip abîmée/,
    )
    expect(problemsOf(await read('plan.xlsx', await zipBomb(70, true)))[0]).toMatch(/se décompresse en plus de 60 Mo/)
    expect(problemsOf(await read('plan.xlsx', await sparseWorkbook(3, 'honest')))[0]).toMatch(/cellules/)
  })
})
