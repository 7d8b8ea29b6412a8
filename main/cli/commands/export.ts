import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { unprintableMessage } from '../../../shared/text/unprintable'
import { AppError } from '../../errors'
import { type ReleveFormat } from '../../../shared/domain/files'
import { planWorkbookData } from '../../services/plan-workbook'
import { AS_OF_OPTIONS, openDbArgument, parseAsOf, parseId } from './plan-options'
import { dbArgument } from './db-argument'
import { startServices } from '../../bootstrap'
import { writePrivateFileAtomicSync } from '../../files/private'
import { buildReleve } from '../../services/releve/build-releve'
import { renderPlanWorkbookOffThread, renderReleveOffThread } from '../../workers/exports'

const PLAN_FORMATS = ['xlsx']

/**
 * `copil export --db FILE --plan ID --format xlsx --out FILE [--as-of DATE | --as-of-meeting ID]`:
 * the plan follow-up workbook. `--meeting ID --format pdf|xlsx|docx`: the relevé of a meeting.
 */
export async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      plan: { type: 'string' },
      meeting: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      ...AS_OF_OPTIONS,
    },
    strict: true,
  })

  if (values.meeting !== undefined) return exportMeeting(values)

  if (values.plan === undefined) {
    console.error(t('plan.cli.exportTarget'))
    return 2
  }
  const format = values.format ?? 'xlsx'
  if (!PLAN_FORMATS.includes(format)) {
    console.error(t('plan.cli.badFormat', { format, formats: PLAN_FORMATS.join(', ') }))
    return 2
  }
  if (values.out === undefined) {
    console.error(t('plan.cli.missingOut'))
    return 2
  }
  const planId = parseId('--plan', values.plan)
  const asOf = parseAsOf(values['as-of'], values['as-of-meeting'])
  const db = openDbArgument(values.db)
  if (db === undefined) return 2
  try {
    // Laid out by the same worker as in the app: the command runs the app's own code path.
    const bytes = (await renderPlanWorkbookOffThread(planWorkbookData(db, planId, asOf))).content
    const path = resolve(values.out)
    try {
      writePrivateFileAtomicSync(path, bytes)
    } catch (error) {
      throw new AppError('IO', t('plan.import.cannotWrite', { path, reason: (error as Error).message }))
    }
    console.log(t('plan.cli.exported', { path }))
    return 0
  } finally {
    db.close()
  }
}

const MEETING_FORMATS = ['pdf', 'xlsx', 'docx'] as const

/** `copil export --db FILE --meeting ID --format pdf|xlsx|docx --out FILE`: the relevé, by the app's own code. */
async function exportMeeting(values: { db?: string; meeting?: string; format?: string; out?: string }): Promise<number> {
  const format = values.format ?? 'pdf'
  if (!(MEETING_FORMATS as readonly string[]).includes(format)) {
    console.error(t('plan.cli.badFormat', { format, formats: MEETING_FORMATS.join(', ') }))
    return 2
  }
  if (values.out === undefined) {
    console.error(t('plan.cli.missingOut'))
    return 2
  }
  const meetingId = parseId('--meeting', values.meeting ?? '')
  const dbPath = dbArgument(values.db)
  if (!dbPath) return 2
  const app = startServices({ dbPath, dataDir: dirname(dbPath), transport: 'web' })
  try {
    const file = await renderReleveOffThread(await buildReleve(app.ctx, meetingId), format as ReleveFormat)
    const path = resolve(values.out)
    try {
      writePrivateFileAtomicSync(path, file.content)
    } catch (error) {
      throw new AppError('IO', t('plan.import.cannotWrite', { path, reason: (error as Error).message }))
    }
    console.log(t('plan.cli.exported', { path }))
    // A warning, not a failure: the file is written and usable, so a batch goes on (exit 0), and
    // stderr says which characters it printed as « � ».
    if (file.unprintable && file.unprintable.length > 0) console.error(unprintableMessage(t, file.unprintable))
    return 0
  } finally {
    app.close()
  }
}
