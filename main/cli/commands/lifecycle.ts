/**
 * `copil adopt --db FILE --meeting ID [--at-meeting ID] [--date YYYY-MM-DD]` and
 * `copil verify --db FILE RELEVE.pdf`: the same services as the app.
 * Exit codes: 0 done (verify: an adopted version); 1 refused (verify: not an adopted version);
 * 2 bad usage.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { isRealDate } from '../../../shared/api/schemas'
import { formatLongDate } from '../../../shared/text/french-dates'
import { AppError } from '../../errors'
import { startServices } from '../../bootstrap'
import { dbArgument } from './db-argument'
import { parseId } from './plan-options'
import { adoptReleve } from '../../services/lifecycle/adopt'
import { verifyPdf } from '../../services/lifecycle/verify'
import { getMeetingLifecycleRow } from '../../db/repos/lifecycle/lifecycle'

const dateLabel = (iso: string | null | undefined): string => (iso ? formatLongDate(iso) : t('lifecycle.undated'))

export async function adopt(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, meeting: { type: 'string' }, 'at-meeting': { type: 'string' }, date: { type: 'string' } },
    strict: true,
  })
  if (values.meeting === undefined) {
    console.error(t('lifecycle.cli.adoptUsage'))
    return 2
  }
  const meetingId = parseId('--meeting', values.meeting)
  const atMeetingId = values['at-meeting'] === undefined ? null : parseId('--at-meeting', values['at-meeting'])
  if (values.date !== undefined && !isRealDate(values.date)) throw new AppError('INVALID_INPUT', t('validation.date'))
  const dbPath = dbArgument(values.db)
  if (!dbPath) return 2
  const app = startServices({ dbPath, dataDir: dirname(dbPath), transport: 'web' })
  try {
    const result = await adoptReleve(app.ctx, meetingId, { atMeetingId, ...(values.date ? { adoptedOn: values.date } : {}) })
    const row = getMeetingLifecycleRow(app.ctx.db, meetingId)
    const version = result.versions.at(-1)
    console.log(
      t('lifecycle.cli.adopted', {
        date: dateLabel(row?.firstDate),
        meetingId,
        version: result.version,
        adoptedOn: dateLabel(version?.adoptedOn),
        fingerprint: result.fingerprint,
      }),
    )
    if (result.approvalItem) {
      const at = getMeetingLifecycleRow(app.ctx.db, result.approvalItem.meetingId)
      console.log(t('lifecycle.cli.adoptedAt', { date: dateLabel(at?.firstDate), meetingId: result.approvalItem.meetingId, item: result.approvalItem.title }))
    }
    return 0
  } finally {
    app.close()
  }
}

export async function verify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { db: { type: 'string' } }, allowPositionals: true, strict: true })
  const file = positionals[0]
  if (file === undefined || positionals.length > 1) {
    console.error(t('lifecycle.cli.verifyUsage'))
    return 2
  }
  const dbPath = dbArgument(values.db)
  if (!dbPath) return 2
  const path = resolve(file)
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    console.error(t('lifecycle.cli.cannotRead', { path, reason: (error as Error).message }))
    return 1
  }
  const app = startServices({ dbPath, dataDir: dirname(dbPath), transport: 'web' })
  try {
    const report = verifyPdf(app.ctx.db, bytes)
    const out = report.verdict === 'adopted' ? console.log : console.error
    out(report.message)
    for (const section of report.differences) {
      out(t('lifecycle.cli.difference', { section: t(`lifecycle.verify.sections.${section.section}`) }))
      for (const line of section.lines) {
        if (line.kind === 'same') continue
        out(`    ${t(line.kind === 'added' ? 'lifecycle.verify.added' : 'lifecycle.verify.removed', { text: line.text })}`)
      }
    }
    return report.verdict === 'adopted' ? 0 : 1
  } finally {
    app.close()
  }
}
