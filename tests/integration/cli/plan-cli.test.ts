import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Database from 'better-sqlite3'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { buildPlan, call, insertCommittee, insertMeeting } from '../plan/helpers'

/** Runs the built `copil` command as a user would (npm test builds it first: `node scripts/build-main.mjs`). */
function copil(...args: string[]) {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'copil.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, COPIL_DB: '' } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** A database holding one plan: 2 axes, 3 engagements, reports and a replan; closed for the CLI. */
async function planDatabase(): Promise<{ file: string; planId: number; meetingId: number }> {
  const app = startTestServices()
  const committeeId = insertCommittee(app)
  const meetingId = insertMeeting(app, committeeId, ['2020-07-15'], 'COPIL du 15 juillet 2020')
  const built = await buildPlan(app, [[[{ baseline: 'juin 2020' }, { weight: 2 }], [{}]], [[{ title: '=SOMME(A1:A9)' }]]], { committeeId })
  const [e1, e2] = built.axes[0]!.engagements
  await call(app, 'progress/report', { activityId: e1!.activities[0]!, date: '2020-05-01', percent: 50 })
  await call(app, 'progress/report', { activityId: e1!.activities[1]!, date: '2020-06-01', percent: 25 })
  await call(app, 'meetingPlan/saveEngagement', { meetingId, engagementId: e2!.id, percent: 100, narrative: 'Complété', replanning: '' })
  await call(app, 'meetingPlan/replanActivity', { meetingId, activityId: e1!.activities[0]!, text: 'octobre 2020', reason: 'Pandémie' })
  const file = join(app.dir, 'copil.sqlite')
  app.close()
  return { file, planId: built.planId, meetingId }
}

describe('copil plan commands', () => {
  it('prints unrounded progress and bands as JSON, and a French table without --json', async () => {
    const { file, meetingId } = await planDatabase()
    const run = copil('progress', '--db', file, '--json')
    expect(run.code, run.stderr).toBe(0)
    const json = JSON.parse(run.stdout) as {
      percent: number
      band: string
      axes: { percent: number; engagements: { number: number; percent: number; band: string; source: string }[] }[]
    }
    // Engagement 1: (50 × 1 + 25 × 2) / 3 = 33.33…; engagement 2 declared 100; engagement 3: 0.
    expect(json.axes[0]!.engagements).toEqual([
      expect.objectContaining({ number: 1, percent: 100 / 3, band: 'limite', source: 'activities' }),
      expect.objectContaining({ number: 2, percent: 100, band: 'termine', source: 'declared' }),
    ])
    expect(json.axes.map((a) => a.percent)).toEqual([(100 / 3 + 100) / 2, 0])
    expect(json.percent).toBeCloseTo((100 / 3 + 100 + 0) / 3, 12)
    expect(json.band).toBe('limite')

    const asOf = JSON.parse(copil('progress', '--db', file, '--json', '--as-of', '2020-05-15').stdout) as { percent: number; asOf: unknown }
    expect(asOf).toMatchObject({ asOf: { date: '2020-05-15', meetingId: null } })
    expect(asOf.percent).toBeCloseTo(50 / 3 / 3, 12)
    expect(JSON.parse(copil('progress', '--db', file, '--json', '--as-of-meeting', String(meetingId)).stdout)).toMatchObject({
      asOf: { date: '2020-07-15', meetingId },
    })

    const table = copil('progress', '--db', file)
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^Plan d’action national 2018-2020 — avancement à ce jour/)
    expect(table.stdout).toMatch(/Ensemble du plan\s+44\u00a0% {2}Limité/)
    expect(table.stdout).toMatch(/ {2}Engagement 2 — Engagement 2\s+100\u00a0% {2}Terminé \(déclaré\)/)
  })

  it('round-trips a plan through export-json and import-json into an empty database', async () => {
    const { file } = await planDatabase()
    const dir = tempDir()
    const json = join(dir, 'plan.json')
    const exported = copil('export-json', '--db', file, '--out', json)
    expect(exported.code, exported.stderr).toBe(0)
    const empty = join(dir, 'vide.sqlite')
    const imported = copil('import-json', '--db', empty, json)
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toContain('Plan importé : « Plan d’action national 2018-2020 » (n° 1) — 2 axes, 3 engagements, 4 activités, 3 rapports d’avancement, 1 replanification.')
    const strip = (text: string) => {
      const value = JSON.parse(text) as { plan: { id?: number }; axes: { id?: number; engagements: { id?: number }[] }[] }
      delete value.plan.id
      for (const axis of value.axes) {
        delete axis.id
        for (const e of axis.engagements) delete e.id
      }
      return value
    }
    expect(strip(copil('progress', '--db', empty, '--json').stdout)).toEqual(strip(copil('progress', '--db', file, '--json').stdout))
  })

  it('refuses a faulty file with the path of each problem in French, and imports nothing', async () => {
    const { file } = await planDatabase()
    const dir = tempDir()
    const json = join(dir, 'plan.json')
    copil('export-json', '--db', file, '--out', json)
    const content = JSON.parse(readFileSync(json, 'utf8')) as { engagements: { activities: { weight: number }[] }[] }
    content.engagements.push(
      { ...content.engagements[0]!, number: 4 } as never,
      { ...content.engagements[0]!, number: 5, activities: [{ number: 1, title: 'A', weight: 1 }, { number: 2, title: 'B', weight: -1 }] } as never,
    )
    writeFileSync(json, JSON.stringify(content))
    const target = join(dir, 'cible.sqlite')
    const run = copil('import-json', '--db', target, json)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Fichier refusé, rien n’a été importé :')
    expect(run.stderr).toContain('engagements[4].activities[1].weight : doit être un nombre positif')
    const db = new Database(target, { readonly: true })
    expect(db.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(0)
    db.close()

    writeFileSync(json, '{ pas du json')
    const broken = copil('import-json', '--db', target, json)
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/n’est pas un JSON valide/)
  })

  it('writes the plan workbook, and reports a missing meeting or an unknown format in French', async () => {
    const { file, planId } = await planDatabase()
    const out = join(tempDir(), 'suivi.xlsx')
    const run = copil('export', '--db', file, '--plan', String(planId), '--format', 'xlsx', '--out', out)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`Fichier écrit : ${out}`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    const sheet = workbook.getWorksheet('Suivi du plan')!
    expect(sheet.getCell('A1').value).toBe('Axe')
    expect(sheet.rowCount).toBe(5)
    expect(sheet.getCell('G5').value).toBe('=SOMME(A1:A9)')
    expect(sheet.getCell('G5').type).toBe(ExcelJS.ValueType.String)

    const meeting = copil('export', '--db', file, '--meeting', '4242', '--format', 'pdf', '--out', join(tempDir(), 'r.pdf'))
    expect(meeting.code).toBe(1)
    expect(meeting.stderr).toMatch(/introuvable/i)
    const format = copil('export', '--db', file, '--plan', String(planId), '--format', 'csv', '--out', out)
    expect(format.code).toBe(2)
    expect(format.stderr).toContain('Format inconnu : « csv »')
  })

  it('asks which plan when there are several, and refuses a missing database', async () => {
    const app = startTestServices()
    await buildPlan(app, [[[{}]]], { title: 'Plan 2018-2020' })
    await buildPlan(app, [[[{}]]], { title: 'Plan 2021-2023' })
    const file = join(app.dir, 'copil.sqlite')
    app.close()
    const run = copil('progress', '--db', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('La base contient plusieurs plans : choisissez-en un avec --plan ID.')
    expect(run.stderr).toContain('Plan 2021-2023')
    const missing = copil('progress', '--db', join(tempDir(), 'absente.sqlite'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/introuvable/)
    expect(existsSync(join(tempDir(), 'absente.sqlite'))).toBe(false)
  })
})
