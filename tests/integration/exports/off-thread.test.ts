import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startTestServices } from '../../helpers/services'
import { longMeeting } from '../../helpers/long-meeting'
import { pdfInfo } from '../../helpers/pdf'
import { tempDir } from '../../helpers/temp'
import { copil } from '../../helpers/cli'
import { closeExportWorker } from '../../../main/workers/exports'
import type { TaskProgress } from '../../../shared/domain/tasks'
import type { OutgoingFile } from '../../../main/files/delivery'

afterEach(async () => {
  delete process.env.COPIL_WORKER_HEAP_MB
  await closeExportWorker()
})

describe('exports run off the request loop', () => {
  it('answers other calls while a 100-page relevé is laid out, and reports the pages laid out so far', async () => {
    const app = startTestServices()
    const meetingId = await longMeeting(app)
    let exported = false
    const exporting = app.dispatcher.dispatch('exports/releve', { meetingId, format: 'pdf' }).then((result) => {
      exported = true
      return result
    })

    // Wait until the worker reports its first pages: the export is then surely under way.
    let seen: TaskProgress | undefined
    while (!exported && !(seen?.pages && seen.pages > 0)) {
      const progress = await app.dispatcher.dispatch('tasks/progress', {})
      seen = progress.ok ? (progress.value as TaskProgress[]).find((t) => t.meetingId === meetingId) : undefined
      // Give the worker's messages their turn, as the page's next poll would.
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(exported).toBe(false)
    expect(seen).toMatchObject({ kind: 'releve', format: 'pdf', stage: 'rendering' })

    // Calls of every kind are answered while the export is still running.
    const answered: string[] = []
    for (const [channel, input] of [
      ['system/info', {}],
      ['meetings/get', { id: meetingId }],
      ['meetings/list', {}],
      ['settings/get', {}],
    ] as const) {
      const result = await app.dispatcher.dispatch(channel, input)
      expect(result.ok, channel).toBe(true)
      if (!exported) answered.push(channel)
    }
    expect(answered).toEqual(['system/info', 'meetings/get', 'meetings/list', 'settings/get'])

    const result = await exporting
    expect(result.ok).toBe(true)
    const file = app.downloads.take(result.ok ? (result.value as { id: string }).id : '')
    const out = join(tempDir(), 'releve.pdf')
    writeFileSync(out, file?.content ?? Buffer.alloc(0))
    expect(Number(pdfInfo(out).Pages)).toBeGreaterThanOrEqual(90)
    // Once done, the task is no longer listed.
    expect(await app.dispatcher.dispatch('tasks/progress', {})).toEqual({ ok: true, value: [] })
  })

  it('a worker that runs out of memory gives a French message and hands no file over; the next export works', async () => {
    const app = startTestServices()
    const demo = await app.dispatcher.dispatch('demo/load', {})
    const meetingId = demo.ok ? (demo.value as { meetingId: number }).meetingId : 0
    const delivered: OutgoingFile[] = []
    const deliver = app.ctx.deliver
    app.ctx.deliver = (file) => {
      delivered.push(file)
      return deliver(file)
    }
    process.env.COPIL_WORKER_HEAP_MB = '4'
    await closeExportWorker()
    for (const format of ['pdf', 'docx', 'xlsx'] as const) {
      const result = await app.dispatcher.dispatch('exports/releve', { meetingId, format })
      expect(result, format).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^L’export n’a pas pu aboutir .*Aucun fichier n’a été écrit\.$/) } })
    }
    expect(delivered).toEqual([])

    delete process.env.COPIL_WORKER_HEAP_MB
    const again = await app.dispatcher.dispatch('exports/releve', { meetingId, format: 'pdf' })
    expect(again).toMatchObject({ ok: true, value: { kind: 'download' } })
    expect(delivered.map((file) => file.fileName)).toEqual(['2020-07-15 Relevé COPIL.pdf'])
  })

  it('builds the decisions and actions registers in the export worker: a worker out of memory fails them alone, in French', async () => {
    const app = startTestServices()
    await app.dispatcher.dispatch('demo/load', {})
    const calls = [
      ['decisions/export', { format: 'xlsx' }],
      ['decisions/export', { format: 'pdf' }],
      ['actions/export', {}],
    ] as const
    // A register laid out on the request loop would not feel the worker's heap cap.
    process.env.COPIL_WORKER_HEAP_MB = '4'
    await closeExportWorker()
    for (const [channel, input] of calls) {
      const result = await app.dispatcher.dispatch(channel, input)
      expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/^L’export n’a pas pu aboutir .*Aucun fichier n’a été écrit\.$/) },
      })
    }
    delete process.env.COPIL_WORKER_HEAP_MB
    await closeExportWorker()
    const names: string[] = []
    for (const [channel, input] of calls) {
      const result = await app.dispatcher.dispatch(channel, input)
      expect(result, channel).toMatchObject({ ok: true, value: { kind: 'download' } })
      const file = app.downloads.take(result.ok ? (result.value as { id: string }).id : '')
      names.push(file?.fileName.replace(/\d{4}-\d{2}-\d{2}/, 'DATE') ?? '')
      expect(file?.content.length, channel).toBeGreaterThan(1000)
    }
    expect(names).toEqual(['registre-des-decisions-DATE.xlsx', 'registre-des-decisions-DATE.pdf', 'suivi-des-actions-DATE.xlsx'])
  })

  it('copil export whose worker runs out of memory says so in French and writes no file', () => {
    const dir = tempDir()
    const dbPath = join(dir, 'copil.sqlite')
    expect(copil('demo', '--db', dbPath).code).toBe(0)
    const out = join(dir, 'releve.pdf')
    process.env.COPIL_WORKER_HEAP_MB = '4'
    const run = copil('export', '--db', dbPath, '--meeting', '1', '--format', 'pdf', '--out', out)
    expect(run.code).not.toBe(0)
    expect(run.stderr).toMatch(/L’export n’a pas pu aboutir/)
    expect(existsSync(out)).toBe(false)
  })
})
