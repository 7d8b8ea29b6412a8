import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { snapshotCounts, startTestServices } from '../../helpers/services'
import { exportPlanFile } from '../../../main/interchange/plan-json'
import type { StartedApp } from '../../../main/bootstrap'
import { buildPlan, call, insertCommittee, refused } from './helpers'

/** A plan with decimal weights, a period kept as written, a declared engagement figure, replans and narratives. */
async function populated(app: StartedApp) {
  const committeeId = insertCommittee(app, 'Comité de pilotage du Gouvernement Ouvert')
  const built = await buildPlan(
    app,
    [
      [
        [
          { baseline: 'juin 2020', weight: 1.5 },
          { title: '=HYPERLINK("http://exemple.invalid","clic")', baseline: 'plus tard' },
        ],
        [],
      ],
      [[{ baseline: 'fin juillet 2020' }, { baseline: '4e trimestre 2020' }, {}]],
    ],
    { committeeId },
  )
  const [e1, e2] = built.axes[0]!.engagements
  const e3 = built.axes[1]!.engagements[0]!
  await call(app, 'progress/report', {
    activityId: e1!.activities[0]!,
    date: '2020-07-15',
    percent: 59.6,
    narrative: '-- en attente des départements',
  })
  await call(app, 'progress/report', { activityId: e1!.activities[1]!, date: '2020-07-15', percent: 100 })
  await call(app, 'progress/report', {
    engagementId: e2!.id,
    date: '2020-07-15',
    percent: 35,
    narrative: 'Déclaré en séance',
  })
  await call(app, 'progress/report', { activityId: e3.activities[0]!, date: '2020-06-01', percent: 20 })
  await call(app, 'progress/report', { engagementId: e3.id, date: '2020-07-16', percent: 70 })
  await call(app, 'replans/create', {
    activityId: e1!.activities[0]!,
    date: '2020-07-15',
    newText: '19-27 octobre 2020',
  })
  await call(app, 'replans/create', { activityId: e3.activities[1]!, date: '2020-07-15', newText: 'annulée' })
  return { ...built, committeeId }
}

/** The plan workbook as of a date, as a user downloads it. */
async function workbookOf(app: StartedApp, planId: number, date = '2020-12-31'): Promise<Buffer> {
  const delivery = await call(app, 'plans/exportXlsx', { planId, asOf: { date } })
  if (delivery.kind !== 'download') throw new Error('the preview delivers by download')
  return app.downloads.take(delivery.id)?.content ?? Buffer.alloc(0)
}

/** Every cell of the workbook's one sheet, as values. */
async function cells(bytes: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const rows: unknown[][] = []
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

const file = (fileName: string, bytes: Buffer, title?: string) => ({
  fileName,
  contentBase64: bytes.toString('base64'),
  ...(title === undefined ? {} : { title }),
})

const structure = (app: StartedApp, planId: number) => {
  const { axes, engagements, plan } = exportPlanFile(app.ctx.db, planId)
  return { title: plan.title, axes, engagements }
}

describe('importing a plan from the interface', () => {
  it('imports the workbook Copil exported back to the same plan: the same structure, and the same workbook exported again', async () => {
    const source = startTestServices()
    const built = await populated(source)
    const exported = await workbookOf(source, built.planId)

    const target = startTestServices()
    const preview = await call(target, 'plans/importPreview', file('suivi.xlsx', exported))
    expect(preview).toMatchObject({
      format: 'xlsx',
      title: 'Plan d’action national 2018-2020',
      counts: { axes: 2, engagements: 3, activities: 5, replans: 2 },
      problems: [],
      titleTaken: false,
      newOrganisations: ['Département de la réforme de l’Administration'],
    })
    expect(preview.axes.map((a) => [a.title, a.engagements.map((e) => [e.number, e.activities.length])])).toEqual([
      [
        'Axe 1',
        [
          [1, 2],
          [2, 0],
        ],
      ],
      ['Axe 2', [[3, 3]]],
    ])
    expect(preview.notes).toContain(
      'Les avancements et les planifications actuelles du classeur sont enregistrés à la date de sa situation : le 31 décembre 2020.',
    )
    expect(preview.notes).toContain(
      'Le comité « Comité de pilotage du Gouvernement Ouvert » est absent de la base : le plan ne sera rattaché à aucun comité.',
    )
    // The preview wrote nothing.
    expect(await call(target, 'plans/list', {})).toEqual([])

    const result = await call(target, 'plans/importCommit', file('suivi.xlsx', exported))
    expect(result).toMatchObject({ title: 'Plan d’action national 2018-2020', axes: 2, engagements: 3, activities: 5 })
    expect(structure(target, result.planId)).toEqual(structure(source, built.planId))
    expect(await cells(await workbookOf(target, result.planId))).toEqual(await cells(exported))
  })

  it('imports the JSON interchange file with its whole history', async () => {
    const source = startTestServices()
    const built = await populated(source)
    const json = Buffer.from(JSON.stringify(exportPlanFile(source.ctx.db, built.planId)))

    const target = startTestServices()
    insertCommittee(target, 'Comité de pilotage du gouvernement ouvert')
    const preview = await call(target, 'plans/importPreview', file('plan.json', json))
    expect(preview).toMatchObject({
      format: 'json',
      counts: { axes: 2, engagements: 3, activities: 5, reports: 5, replans: 2 },
      problems: [],
    })
    const result = await call(target, 'plans/importCommit', file('plan.json', json))
    // The committee is found by its name, whatever its case; every report and replan is there.
    const original = exportPlanFile(source.ctx.db, built.planId)
    expect(exportPlanFile(target.ctx.db, result.planId)).toMatchObject({
      ...original,
      plan: { ...original.plan, committee: 'Comité de pilotage du gouvernement ouvert' },
      exportedAt: expect.any(String),
    })
  })

  it('says when a plan of the same name exists, and imports under the name typed in the preview', async () => {
    const app = startTestServices()
    const built = await populated(app)
    const exported = await workbookOf(app, built.planId)

    const preview = await call(app, 'plans/importPreview', file('suivi.xlsx', exported))
    expect(preview.problems).toEqual([
      'Un plan intitulé « Plan d’action national 2018-2020 » existe déjà (n° 1) : donnez un autre nom au plan importé.',
    ])
    expect(preview.titleTaken).toBe(true)
    const before = snapshotCounts(app)
    const error = await refused(app, 'plans/importCommit', file('suivi.xlsx', exported))
    expect(error).toMatchObject({ code: 'CONFLICT', message: preview.problems[0] })
    expect(snapshotCounts(app)).toEqual(before)

    const renamed = await call(app, 'plans/importPreview', file('suivi.xlsx', exported, 'Copie de travail'))
    expect(renamed).toMatchObject({ title: 'Copie de travail', problems: [], titleTaken: false })
    // The committee, named by the workbook as its author, is found in the database and proposed.
    expect(renamed.committeeId).toBe(built.committeeId)
    const result = await call(app, 'plans/importCommit', file('suivi.xlsx', exported, 'Copie de travail'))
    expect(result.title).toBe('Copie de travail')
    expect(result.createdOrganisations).toEqual(renamed.newOrganisations)
    expect((await call(app, 'plans/list', {})).find((p) => p.id === result.planId)?.committeeName).toBe(
      'Comité de pilotage du Gouvernement Ouvert',
    )
    // Another import of the same file, attached to no committee as chosen in the preview.
    const detached = await call(app, 'plans/importCommit', {
      ...file('suivi.xlsx', exported, 'Copie sans comité'),
      committeeId: null,
    })
    expect((await call(app, 'plans/list', {})).find((p) => p.id === detached.planId)?.committeeName).toBeNull()
  })

  it('refuses a bad file whole, with its problems in French, and writes nothing', async () => {
    const app = startTestServices()
    await populated(app)
    const before = snapshotCounts(app)
    const text = Buffer.from('Axe;Engagement\n1;Transparence\n')
    const preview = await call(app, 'plans/importPreview', file('plan.csv', text))
    expect(preview).toMatchObject({
      format: null,
      axes: [],
      problems: [
        'Le fichier « plan.csv » n’est ni un plan au format JSON de Copil (.json) ni un classeur de suivi du plan (.xlsx).',
      ],
    })
    const error = await refused(app, 'plans/importCommit', file('plan.csv', text))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toBe(`Import impossible, rien n’a été enregistré : ${preview.problems[0]}`)
    expect(snapshotCounts(app)).toEqual(before)
  })

  it('writes in one transaction: a failure in the middle of the writing leaves the database as it was', async () => {
    const source = startTestServices()
    const built = await populated(source)
    const exported = await workbookOf(source, built.planId)

    const target = startTestServices()
    insertCommittee(target, 'Un autre comité')
    // The fourth activity cannot be written: axes, engagements, an organisation and three activities already are.
    target.ctx.db.exec(
      "CREATE TEMP TRIGGER refuse_activity BEFORE INSERT ON activities WHEN NEW.title = 'Activité 3.2' BEGIN SELECT RAISE(ABORT, 'disque plein'); END",
    )
    const before = snapshotCounts(target)
    const error = await refused(target, 'plans/importCommit', file('suivi.xlsx', exported))
    expect(error.message).not.toBe('')
    expect(snapshotCounts(target)).toEqual(before)
    expect(await call(target, 'plans/list', {})).toEqual([])

    target.ctx.db.exec('DROP TRIGGER temp.refuse_activity')
    expect((await call(target, 'plans/importCommit', file('suivi.xlsx', exported))).activities).toBe(5)
  })

  it('reads the file in the import worker, off the request loop: without the worker bundle, nothing is read and the call says why', async () => {
    const app = startTestServices()
    const json = Buffer.from(
      JSON.stringify({ format: 'copil-plan', version: 1, plan: { title: 'P' }, axes: [], engagements: [] }),
    )
    const worker = process.env.COPIL_WORKER
    process.env.COPIL_WORKER = `${app.dir}/absent-worker.cjs`
    try {
      const error = await refused(app, 'plans/importPreview', file('plan.json', json))
      expect(error.message).toBe('Le module de lecture des fichiers est introuvable : réinstallez Copil.')
    } finally {
      process.env.COPIL_WORKER = worker
    }
    expect((await call(app, 'plans/importPreview', file('plan.json', json))).problems).toEqual([])
  })
})
