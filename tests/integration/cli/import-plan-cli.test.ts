import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { copil } from '../../helpers/cli'
import { startTestServices } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'
import { buildPlan, call } from '../plan/helpers'

/** A database holding one plan with progress and a replan, closed for the CLI. */
async function planDatabase(): Promise<string> {
  const app = startTestServices()
  const built = await buildPlan(app, [
    [[{ baseline: 'juin 2020', weight: 2 }, {}], [{}]],
    [[{ baseline: 'plus tard' }]],
  ])
  const [a1, a2] = built.axes[0]!.engagements[0]!.activities
  await call(app, 'progress/report', { activityId: a1!, date: '2020-07-15', percent: 50, narrative: 'En cours' })
  await call(app, 'progress/report', { activityId: a2!, date: '2020-07-15', percent: 100 })
  await call(app, 'replans/create', { activityId: a1!, date: '2020-07-15', newText: 'octobre 2020' })
  const file = join(app.dir, 'copil.sqlite')
  app.close()
  return file
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true })
  try {
    // Table names come from the test, not from input.
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  } finally {
    db.close()
  }
}

describe('copil import-plan', () => {
  it('imports the workbook `copil export --plan` wrote into another database, then refuses it there a second time', async () => {
    const source = await planDatabase()
    const dir = tempDir()
    const workbook = join(dir, 'suivi.xlsx')
    const exported = copil(
      'export',
      '--db',
      source,
      '--plan',
      '1',
      '--format',
      'xlsx',
      '--out',
      workbook,
      '--as-of',
      '2020-12-31',
    )
    expect(exported.code, exported.stderr).toBe(0)

    const target = join(dir, 'cible.sqlite')
    const run = copil('import-plan', '--db', target, workbook)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(
      'Plan importé : « Plan d’action national 2018-2020 » (n° 1) — 2 axes, 3 engagements, 4 activités, 2 rapports d’avancement, 1 replanification.',
    )
    expect(run.stdout).toContain('le 31 décembre 2020')
    expect(count(target, 'activities')).toBe(4)

    const again = copil('import-plan', '--db', target, workbook)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('Un plan intitulé « Plan d’action national 2018-2020 » existe déjà (n° 1)')
    const renamed = copil('import-plan', '--db', target, '--title', 'Copie', workbook)
    expect(renamed.code, renamed.stderr).toBe(0)
    expect(count(target, 'plans')).toBe(2)
  })

  it('refuses a file that is not a plan with its reasons in French, exit 1, nothing written', async () => {
    const target = await planDatabase()
    const dir = tempDir()
    const text = join(dir, 'notes.txt')
    writeFileSync(text, 'Axe 1 ; Transparence\n')
    const run = copil('import-plan', '--db', target, text)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'Fichier refusé, rien n’a été importé :\n  Le fichier « notes.txt » n’est ni un plan au format JSON de Copil (.json) ni un classeur de suivi du plan (.xlsx).\n',
    )
    expect(count(target, 'plans')).toBe(1)
    expect(copil('import-plan', '--db', target).code).toBe(2)
  })
})
