/** `copil decisions` and `copil actions`: the registers, as a French table or as JSON. */
import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { fr } from '../../../shared/i18n/fr'
import { isRealDate } from '../../../shared/api/schemas'
import { ACTION_STATUSES, DECISION_STATUSES } from '../../../shared/domain/vocabulary'
import { formatLongDate } from '../../../shared/text/french-dates'
import type { ActionEntry, DecisionEntry } from '../../../shared/domain/registers'
import { listDecisionRegister } from '../../db/repos/registers/decisions'
import { listActions } from '../../db/repos/registers/action-list'
import { AppError } from '../../errors'
import { openDbArgument, parseId } from './plan-options'

const ALL = 1_000_000

function optionalId(option: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseId(option, value)
}

function optionalDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!isRealDate(value)) throw new AppError('INVALID_INPUT', t('registers.cli.badDate', { option, value }))
  return value
}

function oneOf<T extends string>(option: string, value: string | undefined, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if (!(values as readonly string[]).includes(value)) {
    throw new AppError('INVALID_INPUT', t('registers.cli.badStatus', { option, value, values: values.join(', ') }))
  }
  return value as T
}

function dateOf(date: string | null): string {
  return date ? formatLongDate(date) : ''
}

function decisionLine(d: DecisionEntry): string {
  const item = d.agendaItem ? ` — ${d.agendaItem.title}` : ''
  const status = fr.registers.decisionStatuses[d.status]
  return `${(d.number ?? fr.registers.decisions.noNumber).padEnd(11)}  ${dateOf(d.meeting.date)} · ${d.meeting.title}${item}\n             [${status}] ${d.summary}`
}

/** `copil decisions --db FILE [--committee ID] [--meeting ID] [--status S] [--from D] [--to D] [--json]`. */
export function decisions(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      committee: { type: 'string' },
      meeting: { type: 'string' },
      status: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
    strict: true,
  })
  const filter = {
    committeeId: optionalId('--committee', values.committee),
    meetingId: optionalId('--meeting', values.meeting),
    status: oneOf('--status', values.status, DECISION_STATUSES),
    from: optionalDate('--from', values.from),
    to: optionalDate('--to', values.to),
  }
  const db = openDbArgument(values.db)
  if (db === undefined) return 2
  try {
    const page = listDecisionRegister(db, { ...filter, limit: ALL })
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ total: page.total, decisions: page.rows }, null, 2)}\n`)
    } else {
      const lines = [t('registers.cli.decisionsTitle', { count: page.total }), '', ...page.rows.map(decisionLine)]
      if (page.rows.length === 0) lines.push(fr.registers.cli.none)
      process.stdout.write(`${lines.join('\n')}\n`)
    }
    return 0
  } finally {
    db.close()
  }
}

function actionLine(a: ActionEntry): string {
  const status = fr.registers.actionStatuses[a.status]
  const late = a.overdue ? ` — ${fr.registers.actions.overdue}` : ''
  const owner = a.owner.label ? ` · ${a.owner.label}` : ''
  const due = a.due ? ` · ${a.due}` : ''
  return `[${status}${late}] ${a.text.replace(/\s+/gu, ' ').trim()}\n    ${dateOf(a.meeting.date)} · ${a.meeting.title} · n° ${a.position}${owner}${due}`
}

/** `copil actions --db FILE [--committee ID] [--meeting ID] [--open] [--json]`. */
export function actions(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      committee: { type: 'string' },
      meeting: { type: 'string' },
      status: { type: 'string' },
      open: { type: 'boolean', default: false },
    },
    strict: true,
  })
  const filter = {
    committeeId: optionalId('--committee', values.committee),
    meetingId: optionalId('--meeting', values.meeting),
    status: oneOf('--status', values.status, ACTION_STATUSES),
    openOnly: values.open,
  }
  const db = openDbArgument(values.db)
  if (db === undefined) return 2
  try {
    const page = listActions(db, { ...filter, limit: ALL })
    if (values.json) {
      const { rows, ...counts } = page
      process.stdout.write(`${JSON.stringify({ ...counts, actions: rows }, null, 2)}\n`)
    } else {
      const title = `${t('registers.cli.actionsTitle', { count: page.total })}, ${t('registers.actions.counts', {
        count: page.openCount,
        overdue: page.overdueCount,
      })}`
      const lines = [title, '', ...page.rows.map(actionLine)]
      if (page.rows.length === 0) lines.push(fr.registers.cli.none)
      process.stdout.write(`${lines.join('\n')}\n`)
    }
    return 0
  } finally {
    db.close()
  }
}
