/**
 * A full disk or a read-only database: every write fails with a clear French message, what is
 * already there stays readable and unchanged, nothing is half-written, and writing works again
 * once space is back. Simulated with max_page_count (SQLite then answers SQLITE_FULL exactly as on
 * a full disk) and a read-only connection; done for real on a tiny tmpfs where mounting is allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { StartedApp } from '../../main/bootstrap'
import type { Meeting } from '../../shared/domain/meetings'
import { configureConnection } from '../../main/db/connection'
import { exportPlanFile } from '../../main/interchange/plan-json'
import { t } from '../../shared/i18n/translate'
import { contentHashes, integrity } from './helpers/db-state'
import { notFrench } from './helpers/french'
import { writeFaultReport } from './helpers/report'
import { copyDatabase, longLivedDir, makeDemoDatabase, servicesOn } from './helpers/seed'

const work = longLivedDir('copil-full-')
let template = ''
let demo: { meetingId: number; planId: number }

beforeAll(async () => {
  template = join(work.dir, 'template.sqlite')
  demo = await makeDemoDatabase(template, work.dir)
  // No free page left inside the file: any write that needs room must grow it.
  const db = new Database(template)
  db.exec('VACUUM')
  db.close()
}, 60_000)

afterAll(() => work.remove())

const counts = { writesTried: 0, refusedCleanly: 0, halfWritten: 0, realDiskTested: false, realDiskSkipReason: '' }

const csv = (rows: number) =>
  Buffer.from(
    [
      'Civilité;Prénom;Nom;Organisation;Collège',
      ...Array.from({ length: rows }, (_, i) => `Mme;Prénom ${i};Nom ${i};Organisation ${i};administration`),
    ].join('\n'),
  ).toString('base64')

/** The writes a secretary makes, each one transaction of several statements. */
function writes(meeting: Meeting): [string, string, unknown][] {
  const item = meeting.agenda[0]
  const header = {
    title: meeting.title,
    kind: meeting.kind,
    mode: meeting.mode,
    place: 'Rabat',
    videoTool: meeting.videoTool,
    notes: 'Notes de séance. '.repeat(5_000),
    status: meeting.status,
    dates: meeting.dates,
  }
  const longDoc = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Discussion. '.repeat(8_000) }] }],
  }
  return [
    ['header of the meeting', 'meetings/saveHeader', { id: meeting.id, header }],
    [
      'discussion of an agenda item',
      'agenda/save',
      { id: item?.id, meetingId: meeting.id, title: item?.title, discussion: longDoc },
    ],
    ['a new decision', 'decisions/save', { meetingId: meeting.id, text: 'Décision. '.repeat(6_000) }],
    [
      'a new meeting with its attendance',
      'meetings/create',
      { committeeId: meeting.committeeId, header: { ...header, title: 'Nouvelle réunion' } },
    ],
    ['an import of 300 people', 'people/importCommit', { fileName: 'participants.csv', contentBase64: csv(300) }],
    [
      'an engagement line of the meeting',
      'meetingPlan/saveEngagement',
      { meetingId: meeting.id, engagementId: 1, percent: 50, narrative: 'Avancement. '.repeat(5_000) },
    ],
  ]
}

async function getMeeting(app: StartedApp, id: number): Promise<Meeting> {
  const result = await app.dispatcher.dispatch('meetings/get', { id })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Meeting
}

/** Tries every write; each must fail with `message`, and the meeting and every table must be as before. */
async function expectEveryWriteRefused(app: StartedApp, message: string): Promise<void> {
  const before = await getMeeting(app, demo.meetingId)
  const hashes = contentHashes(app.ctx.db)
  for (const [what, channel, input] of writes(before)) {
    counts.writesTried += 1
    const result = await app.dispatcher.dispatch(channel, input)
    expect(result, what).toEqual({ ok: false, error: { code: 'IO', message } })
    if (!result.ok && notFrench(result.error.message) === undefined) counts.refusedCleanly += 1
  }
  // What the secretary sees is still there, unchanged; nothing was half-written.
  expect(await getMeeting(app, demo.meetingId)).toEqual(before)
  const after = contentHashes(app.ctx.db)
  counts.halfWritten += Object.keys(hashes).filter((table) => hashes[table] !== after[table]).length
  expect(after).toEqual(hashes)
}

describe('a full disk (SQLITE_FULL through max_page_count)', () => {
  it('refuses every write in French, changes nothing, and writes again once there is room', async () => {
    const dir = join(work.dir, 'page-count')
    mkdirSync(dir)
    copyDatabase(template, join(dir, 'copil.sqlite'))
    const app = servicesOn(join(dir, 'copil.sqlite'), dir)
    try {
      const pages = app.ctx.db.pragma('page_count', { simple: true }) as number
      app.ctx.db.pragma(`max_page_count = ${pages}`)
      await expectEveryWriteRefused(app, t('errors.db.full'))
      expect(integrity(app.ctx.db)).toBe('ok')

      app.ctx.db.pragma('max_page_count = 1073741823')
      const meeting = await getMeeting(app, demo.meetingId)
      const [, channel, input] = writes(meeting)[0] ?? []
      expect((await app.dispatcher.dispatch(channel as string, input)).ok).toBe(true)
      expect((await getMeeting(app, demo.meetingId)).place).toBe('Rabat')
    } finally {
      app.close()
    }
  })
})

describe('a read-only database', () => {
  it('refuses every write in French and keeps showing the data', async () => {
    const dir = join(work.dir, 'read-only')
    mkdirSync(dir)
    const path = join(dir, 'copil.sqlite')
    copyDatabase(template, path)
    const app = servicesOn(path, dir)
    // Tests run as root, for whom chmod changes nothing: the connection itself is read-only,
    // configured like every connection of the app (its transactions begin IMMEDIATE).
    app.ctx.db.close()
    const readOnly = new Database(path, { readonly: true, fileMustExist: true })
    configureConnection(readOnly)
    app.ctx.db = readOnly
    try {
      await expectEveryWriteRefused(app, t('errors.db.readonly'))
      expect(integrity(readOnly)).toBe('ok')
    } finally {
      readOnly.close()
    }
  })
})

/** Mounts a tmpfs of `size` at `dir`, or says why it cannot (not root, no CAP_SYS_ADMIN in a container…). */
function mountTmpfs(dir: string, size: string): string | undefined {
  mkdirSync(dir, { recursive: true })
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' })
  return run.status === 0 ? undefined : (run.stderr || run.error?.message || `mount exit ${run.status}`).trim()
}

function fillDisk(dir: string): string {
  const filler = join(dir, 'remplissage.bin')
  const fd = openSync(filler, 'w')
  const chunk = Buffer.alloc(4096, 7)
  try {
    for (;;) writeSync(fd, chunk)
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error
  } finally {
    closeSync(fd)
  }
  return filler
}

describe('a really full disk (tmpfs)', () => {
  const mountPoint = join(work.dir, 'petit-disque')
  const refusal = mountTmpfs(mountPoint, '8m')
  afterAll(() => {
    if (refusal === undefined) execFileSync('umount', ['-l', mountPoint])
  })
  if (refusal !== undefined) {
    counts.realDiskSkipReason = `mount tmpfs refusé : ${refusal}`
    console.log(`[faults] real full disk skipped: ${refusal}`)
  }

  it.skipIf(refusal !== undefined)(
    'refuses writes, backups and plan imports in French, then works again once space is freed',
    async () => {
      counts.realDiskTested = true
      const path = join(mountPoint, 'copil.sqlite')
      copyDatabase(template, path)
      const planFile = join(work.dir, 'plan.json')
      const app = servicesOn(path, mountPoint)
      try {
        const plan = exportPlanFile(app.ctx.db, demo.planId)
        writeFileSync(
          planFile,
          JSON.stringify({ ...plan, plan: { ...plan.plan, title: 'Plan importé sur un disque plein' } }),
        )
        const filler = fillDisk(mountPoint)
        await expectEveryWriteRefused(app, t('errors.db.full'))

        // A backup cannot be made either; no half-made copy is left behind.
        counts.writesTried += 1
        const backup = await app.dispatcher.dispatch('backups/create', {})
        expect(backup).toEqual({ ok: false, error: { code: 'IO', message: t('errors.db.full') } })
        if (!backup.ok) counts.refusedCleanly += 1
        expect(readdirSync(join(mountPoint, 'backups'))).toEqual([])

        // The command line, on the same database, at the same time.
        const hashes = contentHashes(app.ctx.db)
        const cli = join(process.cwd(), 'dist', 'main', 'cli.cjs')
        if (existsSync(cli)) {
          counts.writesTried += 1
          const run = spawnSync(
            process.execPath,
            [join(process.cwd(), 'bin', 'copil.cjs'), 'import-json', '--db', path, planFile],
            { encoding: 'utf8' },
          )
          expect(run.status).toBe(1)
          expect(run.stderr.trim()).toBe(t('errors.db.full'))
          if (run.status === 1 && notFrench(run.stderr) === undefined) counts.refusedCleanly += 1
          expect(contentHashes(app.ctx.db)).toEqual(hashes)
        }
        expect(integrity(app.ctx.db)).toBe('ok')

        rmSync(filler)
        const meeting = await getMeeting(app, demo.meetingId)
        for (const [what, channel, input] of writes(meeting))
          expect((await app.dispatcher.dispatch(channel, input)).ok, what).toBe(true)
        expect(await app.dispatcher.dispatch('backups/create', {})).toMatchObject({ ok: true })
        expect(integrity(app.ctx.db)).toBe('ok')
      } finally {
        app.close()
      }
    },
  )
})

afterAll(() => writeFaultReport('disk-full', counts))
