/**
 * Bad files for every import — people (.xlsx/.csv, through people/importPreview and
 * people/importCommit) and plans (JSON, through the service of `copil import-json` and the command
 * itself): each is refused whole with a French reason, or imported with a French report naming the
 * row and the column of every rejected line — and always all or nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { StartedApp } from '../../main/bootstrap'
import { AppError } from '../../main/errors'
import { exportPlanFile, importPlanJsonFile, type ImportSummary } from '../../main/interchange/plan-json'
import type { PeopleImportPreview } from '../../shared/domain/people-import'
import type { PlanFileInput } from '../../shared/interchange/plan-format'
import { contentHashes, integrity, rowCounts } from './helpers/db-state'
import { notFrench } from './helpers/french'
import { writeFaultReport } from './helpers/report'
import { copyDatabase, longLivedDir, makeDemoDatabase, servicesOn } from './helpers/seed'
import { peopleFixtures, type PeopleFixture } from './fixtures/people-files'
import { planFixtures, type PlanFixture } from './fixtures/plan-files'

const work = longLivedDir('copil-bad-files-')
let template = ''
let demoPlan: PlanFileInput
let fresh = 0
const tally = { tried: 0, refusedCleanly: 0, importedCleanly: 0, people: 0, plan: 0, cli: 0, outcomes: [] as string[] }

beforeAll(async () => {
  template = join(work.dir, 'template.sqlite')
  const demo = await makeDemoDatabase(template, work.dir)
  const app = servicesOn(template, work.dir)
  demoPlan = exportPlanFile(app.ctx.db, demo.planId) as PlanFileInput
  app.close()
}, 60_000)

afterAll(() => {
  writeFaultReport('bad-files', { ...tally, handledCleanly: tally.refusedCleanly + tally.importedCleanly })
  work.remove()
})

function freshApp(): StartedApp & { dir: string } {
  const dir = join(work.dir, `base-${++fresh}`)
  mkdirSync(dir)
  copyDatabase(template, join(dir, 'copil.sqlite'))
  return { ...servicesOn(join(dir, 'copil.sqlite'), dir), dir }
}

const COLUMN = /^Colonne (Civilité|Prénom|Nom|Fonction|Email|Téléphone|Organisation|Collège) : /

async function importPeople(app: StartedApp, fixture: PeopleFixture) {
  const file = { fileName: fixture.fileName, contentBase64: Buffer.from(await fixture.content()).toString('base64') }
  const hashes = contentHashes(app.ctx.db)
  const preview = await app.dispatcher.dispatch('people/importPreview', file)
  // The preview writes nothing, whatever the file.
  expect(contentHashes(app.ctx.db)).toEqual(hashes)
  return { file, hashes, preview }
}

describe('bad people files', () => {
  for (const fixture of peopleFixtures()) {
    it(`${fixture.outcome === 'refused' ? 'refuses' : 'imports'} « ${fixture.name} » (${fixture.fileName})`, async () => {
      tally.tried += 1
      tally.people += 1
      const app = freshApp()
      try {
        const { file, hashes, preview } = await importPeople(app, fixture)
        const before = rowCounts(app.ctx.db)
        if (fixture.outcome === 'refused') {
          // Refused at the door (too big to send), or by the preview with the reasons for the whole file.
          const reasons = preview.ok ? (preview.value as PeopleImportPreview).fileErrors : [preview.error.message]
          expect(reasons.length).toBeGreaterThan(0)
          for (const reason of reasons) expect(notFrench(reason), reason).toBeUndefined()
          if (fixture.reason) expect(reasons.join(' ')).toMatch(fixture.reason)
          if (preview.ok) expect((preview.value as PeopleImportPreview).rows).toEqual([])
          const commit = await app.dispatcher.dispatch('people/importCommit', file)
          expect(commit.ok).toBe(false)
          if (!commit.ok) {
            expect(commit.error.code).toBe('INVALID_INPUT')
            expect(notFrench(commit.error.message)).toBeUndefined()
          }
          expect(contentHashes(app.ctx.db)).toEqual(hashes)
          tally.refusedCleanly += 1
          tally.outcomes.push(`${fixture.fileName}: refusé — ${reasons[0]}`)
          return
        }

        expect(preview.ok).toBe(true)
        const report = (preview as { value: PeopleImportPreview }).value
        expect(report.fileErrors).toEqual([])
        // Every rejected row is named by its row number and, in each reason, by its column, in French.
        const rejected = report.rows.filter((r) => r.action === 'reject')
        for (const row of rejected) {
          expect(row.row).toBeGreaterThanOrEqual(2)
          expect(row.reasons.length).toBeGreaterThan(0)
          for (const reason of row.reasons) {
            expect(reason).toMatch(COLUMN)
            expect(notFrench(reason), reason).toBeUndefined()
          }
        }
        if (fixture.rejected) {
          expect(rejected.map((r) => r.row)).toEqual(fixture.rejected.map(([row]) => row))
          for (const [row, column] of fixture.rejected) {
            expect(
              report.rows
                .find((r) => r.row === row)
                ?.reasons.some((reason) => reason.startsWith(`Colonne ${column} :`)),
              `ligne ${row}, ${column}`,
            ).toBe(true)
          }
        }
        if (fixture.created !== undefined) expect(report.created).toBe(fixture.created)

        // All or nothing: the commit writes exactly what the preview announced.
        const commit = await app.dispatcher.dispatch('people/importCommit', file)
        expect(commit).toEqual({
          ok: true,
          value: { created: report.created, updated: report.updated, rejected: report.rejected },
        })
        const after = rowCounts(app.ctx.db)
        expect((after.people ?? 0) - (before.people ?? 0)).toBe(report.created)
        const names = new Set(app.ctx.db.prepare('SELECT last_name FROM people').pluck().all() as string[])
        for (const row of report.rows.filter((r) => r.action === 'create')) expect(names.has(row.lastName)).toBe(true)
        expect(integrity(app.ctx.db)).toBe('ok')
        tally.importedCleanly += 1
        tally.outcomes.push(
          `${fixture.fileName}: ${report.created} créées, ${report.rejected} lignes refusées${rejected[0] ? ` — ligne ${rejected[0].row} : ${rejected[0].reasons[0]}` : ''}`,
        )
      } finally {
        app.close()
      }
    }, 120_000)
  }

  it('keeps text that looks like a formula exactly as written', async () => {
    const app = freshApp()
    try {
      const fixture = peopleFixtures().find((f) => f.fileName === 'injection.csv') as PeopleFixture
      const { file } = await importPeople(app, fixture)
      expect((await app.dispatcher.dispatch('people/importCommit', file)).ok).toBe(true)
      const row = app.ctx.db
        .prepare("SELECT first_name, last_name, function, phone FROM people WHERE last_name = '@SOMME(1)'")
        .get()
      expect(row).toEqual({
        first_name: '+33 Salma',
        last_name: '@SOMME(1)',
        function: '=HYPERLINK("http://exemple.invalid")',
        phone: '-1',
      })
    } finally {
      app.close()
    }
  })
})

/** Imports a plan file with the service of `copil import-json`; the AppError it throws, if any. */
async function importPlan(app: StartedApp, path: string): Promise<{ summary?: ImportSummary; error?: unknown }> {
  try {
    // Works whether the service answers at once or with a promise.
    return { summary: await importPlanJsonFile(app.ctx.db, path) }
  } catch (error) {
    return { error }
  }
}

describe('bad plan files', () => {
  for (const fixture of planFixtures()) {
    it(`${fixture.outcome === 'refused' ? 'refuses' : 'imports'} « ${fixture.name} »`, async () => {
      tally.tried += 1
      tally.plan += 1
      const app = freshApp()
      try {
        const path = join(app.dir, 'plan.json')
        writeFileSync(path, fixture.content(demoPlan))
        const hashes = contentHashes(app.ctx.db)
        const before = rowCounts(app.ctx.db)
        const { summary, error } = await importPlan(app, path)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        if (fixture.outcome === 'refused') {
          expect(error, 'a French AppError, not a crash').toBeInstanceOf(AppError)
          const message = (error as AppError).message
          expect(['INVALID_INPUT', 'CONFLICT']).toContain((error as AppError).code)
          expect(notFrench(message), message).toBeUndefined()
          if (fixture.reason) expect(message).toMatch(fixture.reason)
          expect(contentHashes(app.ctx.db)).toEqual(hashes)
          tally.refusedCleanly += 1
          tally.outcomes.push(`plan « ${fixture.name} » : refusé — ${message.split('\n').slice(0, 2).join(' ')}`)
          return
        }
        expect(error).toBeUndefined()
        const after = rowCounts(app.ctx.db)
        expect((after.plans ?? 0) - (before.plans ?? 0)).toBe(1)
        expect((after.activities ?? 0) - (before.activities ?? 0)).toBe(summary?.activities)
        expect((after.progress_reports ?? 0) - (before.progress_reports ?? 0)).toBe(summary?.reports)
        expect((after.replans ?? 0) - (before.replans ?? 0)).toBe(summary?.replans)
        expect(integrity(app.ctx.db)).toBe('ok')
        tally.importedCleanly += 1
        tally.outcomes.push(`plan « ${fixture.name} » : importé — ${summary?.activities} activités`)
      } finally {
        app.close()
      }
    }, 120_000)
  }

  const cliBuilt = existsSync(join(process.cwd(), 'dist', 'main', 'cli.cjs'))
  it.skipIf(!cliBuilt)(
    'copil import-json refuses a bad file with every faulty path in French, exit 1, nothing written',
    () => {
      const bad = planFixtures().find((f) => f.name.startsWith('types erronés')) as PlanFixture
      for (const [fixture, expectedCode] of [
        [bad, 1],
        [planFixtures().find((f) => f.name === 'UTF-8 avec BOM') as PlanFixture, 0],
      ] as const) {
        tally.tried += 1
        tally.cli += 1
        const app = freshApp()
        const dbPath = app.ctx.dbPath
        const hashes = contentHashes(app.ctx.db)
        app.close()
        const path = join(work.dir, `cli-${expectedCode}.json`)
        writeFileSync(path, fixture.content(demoPlan))
        const run = spawnSync(
          process.execPath,
          [join(process.cwd(), 'bin', 'copil.cjs'), 'import-json', '--db', dbPath, path],
          { encoding: 'utf8' },
        )
        expect(run.status, run.stderr).toBe(expectedCode)
        const reopened = servicesOn(dbPath, join(dbPath, '..'))
        try {
          if (expectedCode === 1) {
            expect(run.stderr).toMatch(/^Fichier refusé, rien n’a été importé :/)
            expect(run.stderr).toMatch(/progress\[0\]\.percent/)
            expect(run.stderr).toMatch(/engagements\[0\]\.activities\[0\]\.weight/)
            expect(contentHashes(reopened.ctx.db)).toEqual(hashes)
            tally.refusedCleanly += 1
          } else {
            expect(run.stdout).toMatch(/^Plan importé/)
            tally.importedCleanly += 1
          }
        } finally {
          reopened.close()
        }
      }
    },
  )
})
