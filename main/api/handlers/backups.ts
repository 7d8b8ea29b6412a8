import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HandlerTable } from '../dispatcher'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { asTask } from '../../services/tasks/registry'
import { backupDir, createBackup, listBackups, type BackupEntry } from '../../services/backup/backup'
import { inspectBackup } from '../../services/backup/inspect'
import { restoreLive } from '../../services/backup/restore-live'
import type { AppContext } from '../../context'
import type { BackupInfo } from '../../../shared/domain/backups'

const info = ({ name, createdAt, reason, size, schemaVersion }: BackupEntry): BackupInfo => ({ name, createdAt, reason, size, schemaVersion })

function find(ctx: AppContext, name: string): BackupEntry {
  const entry = listBackups(ctx.dbPath).find((b) => b.name === name)
  if (!entry) throw new AppError('NOT_FOUND', t('backup.notFound'))
  return entry
}

export const backupHandlers: Pick<HandlerTable, 'backups/list' | 'backups/create' | 'backups/inspect' | 'backups/restore' | 'backups/export'> = {
  'backups/list': (_input, ctx) => listBackups(ctx.dbPath).map(info),
  'backups/create': (_input, ctx) =>
    asTask('backup', {}, async (task) => info(await createBackup(ctx.db, ctx.dbPath, 'manuelle', new Date(), task.stage))),
  'backups/inspect': ({ name }, ctx) => {
    const entry = find(ctx, name)
    return { ...info(entry), ...inspectBackup(entry.path) }
  },
  'backups/restore': ({ name }, ctx) => {
    const entry = find(ctx, name)
    return asTask('restore', {}, async (task) => ({ previousBackup: (await restoreLive(ctx, entry.path, task.stage)).name }))
  },
  'backups/export': async ({ name }, ctx) => {
    const entry = find(ctx, name)
    const content = readFileSync(join(backupDir(ctx.dbPath), entry.name))
    return ctx.deliver({ fileName: entry.name, mime: 'application/vnd.sqlite3', content })
  },
}
