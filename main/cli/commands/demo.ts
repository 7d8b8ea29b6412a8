import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { startServices } from '../../bootstrap'
import { clearDatabaseContent, isDatabaseEmpty } from '../../demo/database-state'
import { loadDemoIntoEmptyDatabase } from '../../demo/load-demo'
import { AppError } from '../../errors'
import { writeCheckedCopy } from '../../services/backup/backup'
import { assertNoOtherHolder } from '../../services/backup/exclusive'
import { dbArgument } from './db-argument'

/**
 * `copil demo --db FILE [--force]`: loads the built-in example (COPIL of 15 July 2020, plan
 * 2018-2020) through the same services as the app. A database that already holds data is left
 * alone unless --force, which first copies it beside itself, then empties it and loads the example —
 * refused while another process (the app, the preview) holds the database.
 */
/** « 2020-07-15T103000Z »: sortable, and legal in file names on every system. */
const stamp = (now: Date): string => `${now.toISOString().slice(0, 19).replace(/:/g, '')}Z`

export async function demo(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, force: { type: 'boolean', default: false } },
    strict: true,
  })
  const path = dbArgument(values.db, { mustExist: false, destructive: values.force })
  if (!path) return 2
  const app = startServices({ dbPath: path, dataDir: dirname(path), transport: 'web' })
  let backupPath: string | undefined
  try {
    if (!isDatabaseEmpty(app.ctx.db)) {
      if (!values.force) {
        console.error(t('cli.demo.notEmpty', { path }))
        return 1
      }
      assertNoOtherHolder(path, 'demo')
      const copyPath = `${path}.avant-exemple-${stamp(new Date())}.sqlite`
      // A private (0600), single-file, integrity-checked copy, named only once it is whole.
      await writeCheckedCopy(app.ctx.db, `${copyPath}.partiel`, copyPath)
      backupPath = copyPath
      console.log(t('cli.demo.backedUp', { path: backupPath }))
      clearDatabaseContent(app.ctx.db)
    }
    const loaded = await loadDemoIntoEmptyDatabase(() => app.ctx.db, app.dispatcher)
    console.log(t('cli.demo.loaded', { path, meetingId: loaded.meetingId, planId: loaded.planId }))
    return 0
  } catch (error) {
    console.error(error instanceof AppError ? error.message : String(error))
    if (backupPath) console.error(t('cli.demo.previousKept', { path: backupPath }))
    return 1
  } finally {
    app.close()
  }
}
