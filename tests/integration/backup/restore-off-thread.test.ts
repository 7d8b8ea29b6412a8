/**
 * Restoring a backup in the app and offering backups on the recovery screen both read every page of
 * backup files (integrity_check). Those checks run in a worker: a call made while one runs is
 * answered before the check's job completes, the page can follow the task's stages and counts, and
 * the main thread never runs integrity_check itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Result } from '../../../shared/api/result'
import type { RecoveryStatus } from '../../../shared/domain/recovery'
import type { TaskProgress } from '../../../shared/domain/tasks'
import { createRecoveryDispatcher } from '../../../main/api/recovery-dispatcher'
import { createBackup, listBackups } from '../../../main/services/backup/backup'
import { tasksInProgress } from '../../../main/services/tasks/registry'
import { startTestServices } from '../../helpers/services'
import type * as IntegrityModule from '../../../main/services/backup/integrity'
import type * as IntegrityWorkerModule from '../../../main/workers/integrity'

/** What happened, in order: checks starting and ending, calls answered, progress seen. */
const log: string[] = []
/** Called synchronously when a check starts in the worker: the test makes its other calls there. */
let onCheckStart: ((paths: string[]) => void) | undefined
/** Called after each backup checked for the recovery screen. */
let onEachChecked: (() => void) | undefined

vi.mock('../../../main/services/backup/integrity', async (importOriginal) => {
  const real = await importOriginal<typeof IntegrityModule>()
  return {
    ...real,
    checkIntegrity: (path: string) => {
      log.push('integrity_check on the main thread')
      return real.checkIntegrity(path)
    },
  }
})

vi.mock('../../../main/workers/integrity', async (importOriginal) => {
  const real = await importOriginal<typeof IntegrityWorkerModule>()
  return {
    ...real,
    checkIntegrityOffThread: (path: string, purpose?: 'copy' | 'restore') => {
      log.push(`check started (${purpose ?? 'copy'})`)
      const job = real.checkIntegrityOffThread(path, purpose)
      onCheckStart?.([path])
      return job.then((result) => (log.push(`check done (${purpose ?? 'copy'})`), result))
    },
    checkEachOffThread: (paths: readonly string[], checked?: (done: number) => void) => {
      log.push('checks started')
      const job = real.checkEachOffThread(paths, (done) => {
        checked?.(done)
        onEachChecked?.()
      })
      onCheckStart?.([...paths])
      return job.then((result) => (log.push('checks done'), result))
    },
  }
})

afterEach(() => {
  log.length = 0
  onCheckStart = undefined
  onEachChecked = undefined
})

/** Records when a call made now is answered. */
function answered<T>(name: string, call: Promise<Result<T>>): Promise<Result<T>> {
  return call.then((result) => (log.push(`${name} answered`), result))
}

describe('restore and recovery check backups off the request thread', () => {
  it('answers a call made while the backup to restore is checked, before the check completes, and reports the stages', async () => {
    const app = startTestServices()
    app.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('version', 'ancienne')").run()
    const created = await app.dispatcher.dispatch('backups/create', {})
    const name = created.ok ? (created.value as { name: string }).name : ''
    app.ctx.db.prepare("UPDATE settings SET value = 'nouvelle' WHERE key = 'version'").run()
    log.length = 0

    const stages: string[] = []
    const calls: Promise<unknown>[] = []
    onCheckStart = () => {
      stages.push(...tasksInProgress().map((task) => `${task.kind}:${task.stage}`))
      // Made while the check's job is under way, from the same thread that serves the page.
      calls.push(answered('meetings/list', app.dispatcher.dispatch('meetings/list', {})))
      calls.push(answered('tasks/progress', app.dispatcher.dispatch('tasks/progress', {})))
    }
    const restored = await answered('backups/restore', app.dispatcher.dispatch('backups/restore', { name }))
    expect(restored, JSON.stringify(restored)).toMatchObject({ ok: true, value: { previousBackup: expect.stringMatching(/avant-restauration/) } })
    const [list, progress] = (await Promise.all(calls)) as Result<unknown>[]
    expect(list?.ok).toBe(true)
    expect(progress).toMatchObject({ ok: true, value: [{ kind: 'restore', stage: 'checkingBackup' }] })

    // The backup chosen is checked first, then the copy of the current database; each call made
    // during a check was answered before that check completed.
    expect(log).toEqual([
      'check started (restore)',
      'meetings/list answered',
      'tasks/progress answered',
      'check done (restore)',
      'check started (copy)',
      'meetings/list answered',
      'tasks/progress answered',
      'check done (copy)',
      'backups/restore answered',
    ])
    expect(stages).toEqual(['restore:checkingBackup', 'restore:checking'])
    expect(app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'version'").pluck().get()).toBe('ancienne')
    expect(await app.dispatcher.dispatch('tasks/progress', {})).toEqual({ ok: true, value: [] })
  })

  it('a damaged backup chosen for a restore is refused in French once checked, and nothing changes', async () => {
    const app = startTestServices()
    app.ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('version', 'ancienne')").run()
    const created = await app.dispatcher.dispatch('backups/create', {})
    const name = created.ok ? (created.value as { name: string }).name : ''
    app.ctx.db.prepare("UPDATE settings SET value = 'nouvelle' WHERE key = 'version'").run()
    const path = listBackups(app.ctx.dbPath)[0]?.path ?? ''
    const bytes = readFileSync(path)
    // Overwrite the pages after the first (the header and schema stay readable).
    bytes.fill(0x5a, 4096 + 100, bytes.length - 100)
    writeFileSync(path, bytes)
    log.length = 0

    const restored = await app.dispatcher.dispatch('backups/restore', { name })
    expect(restored.ok).toBe(false)
    expect(restored.ok ? '' : restored.error.message).toMatch(/^La copie de sauvegarde est endommagée \(.+\) : elle a été écartée\.$/)
    expect(log[0]).toBe('check started (restore)')
    expect(log).not.toContain('integrity_check on the main thread')
    expect(app.ctx.db.prepare("SELECT value FROM settings WHERE key = 'version'").pluck().get()).toBe('nouvelle')
    expect(listBackups(app.ctx.dbPath).map((b) => b.reason)).toEqual(['manuelle'])
  })

  it('the recovery screen is answered and told how many backups are checked while they are, and offers only the sound ones', async () => {
    const app = startTestServices()
    const first = await createBackup(app.ctx.db, app.ctx.dbPath, 'manuelle', new Date('2026-11-01T10:00:00Z'))
    const second = await createBackup(app.ctx.db, app.ctx.dbPath, 'quotidienne', new Date('2026-11-02T10:00:00Z'))
    const third = await createBackup(app.ctx.db, app.ctx.dbPath, 'quotidienne', new Date('2026-11-03T10:00:00Z'))
    // The newest backup is cut in half: it is not offered.
    const bytes = readFileSync(third.path)
    writeFileSync(third.path, bytes.subarray(0, Math.floor(bytes.length / 2)))
    log.length = 0

    const recovery = createRecoveryDispatcher(app.ctx.dbPath, 'La base est endommagée.', async () => undefined, 'web')
    const counts: (TaskProgress['items'] | undefined)[] = []
    const calls: Promise<unknown>[] = []
    onCheckStart = () => {
      calls.push(answered('tasks/progress', recovery.dispatch('tasks/progress', {})))
      calls.push(answered('system/info', recovery.dispatch('system/info', {})))
    }
    onEachChecked = () => counts.push(tasksInProgress().find((task) => task.kind === 'recovery')?.items)

    const status = await answered('recovery/status', recovery.dispatch('recovery/status', {}))
    const [progress, info] = (await Promise.all(calls)) as Result<unknown>[]
    expect(progress).toMatchObject({ ok: true, value: [{ kind: 'recovery', stage: 'checkingBackups', items: { done: 0, total: 3 } }] })
    expect(info?.ok).toBe(true)
    expect(log).toEqual(['checks started', 'tasks/progress answered', 'system/info answered', 'checks done', 'recovery/status answered'])
    expect(counts).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ])
    expect(status.ok ? (status.value as RecoveryStatus).backups.map((b) => b.name) : []).toEqual([second.name, first.name])

    // Asked again, the status is not checked again; the task is gone.
    log.length = 0
    await recovery.dispatch('recovery/status', {})
    expect(log).toEqual([])
    expect(await recovery.dispatch('tasks/progress', {})).toEqual({ ok: true, value: [] })
  })
})
