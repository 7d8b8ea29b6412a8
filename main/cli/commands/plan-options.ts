/** Options shared by the plan commands: the database, the plan, the « as of » point. */
import { t } from '../../../shared/i18n/translate'
import { isRealDate } from '../../../shared/api/schemas'
import { openDatabase, type Db } from '../../db/connection'
import { listPlans } from '../../db/repos/plan/plans'
import { AppError } from '../../errors'
import type { AsOfInput } from '../../services/plan-progress'
import { dbArgument } from './db-argument'

/** Opens (and migrates) the database named by --db / COPIL_DB; undefined after printing why. */
export function openDbArgument(value: string | undefined, options: { mustExist?: boolean } = {}): Db | undefined {
  const path = dbArgument(value, options)
  return path === undefined ? undefined : openDatabase(path)
}

/** A positive integer id from an option, or an AppError naming the option. */
export function parseId(option: string, value: string): number {
  const id = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) throw new AppError('INVALID_INPUT', t('plan.cli.badId', { option, value }))
  return id
}

/** The plan to work on: --plan ID, else the only plan of the database. */
export function pickPlan(db: Db, value: string | undefined): number {
  if (value !== undefined) return parseId('--plan', value)
  const plans = listPlans(db)
  if (plans.length === 0) throw new AppError('NOT_FOUND', t('plan.cli.noPlan'))
  if (plans.length > 1) {
    const list = plans.map((p) => t('plan.cli.planLine', { id: p.id, title: p.title })).join('\n')
    throw new AppError('INVALID_INPUT', t('plan.cli.choosePlan', { list }))
  }
  return (plans[0] as { id: number }).id
}

/** « As of » from --as-of DATE or --as-of-meeting ID (neither: now). */
export function parseAsOf(date: string | undefined, meeting: string | undefined): AsOfInput {
  if (meeting !== undefined) return { meetingId: parseId('--as-of-meeting', meeting) }
  if (date !== undefined) {
    if (!isRealDate(date)) throw new AppError('INVALID_INPUT', t('plan.cli.badDate', { value: date }))
    return { date }
  }
  return undefined
}

/** Options of parseArgs for the « as of » point. */
export const AS_OF_OPTIONS = {
  'as-of': { type: 'string' },
  'as-of-meeting': { type: 'string' },
} as const
