/** The register exports as files for the user: the rows as filtered, a title line, a file name. */
import type { Db } from '../../db/connection'
import type { OutgoingFile } from '../../files/delivery'
import { renderRegisterOffThread } from '../../workers/exports'
import { listDecisionRegister, type DecisionFilter } from '../../db/repos/registers/decisions'
import { listActions, type ActionFilter } from '../../db/repos/registers/action-list'
import { todayIso } from '../../db/repos/common'
import { fr } from '../../../shared/i18n/fr'
import { t } from '../../../shared/i18n/translate'
import { formatLongDate } from '../../../shared/text/french-dates'

// Every row of the register, in pages, whatever the screen shows.
const ALL = 1_000_000

function describeFilter(db: Db, filter: DecisionFilter): string {
  const F = fr.registers.filters
  const parts: string[] = []
  if (filter.committeeId !== undefined) {
    const name = db.prepare('SELECT name FROM committees WHERE id = ?').pluck().get(filter.committeeId) as
      string | undefined
    parts.push(`${F.committee} : ${name ?? filter.committeeId}`)
  }
  if (filter.from !== undefined) parts.push(`${F.from} ${formatLongDate(filter.from)}`)
  if (filter.to !== undefined) parts.push(`${F.to} ${formatLongDate(filter.to)}`)
  if (filter.meetingId !== undefined) {
    const title = db.prepare('SELECT title FROM meetings WHERE id = ?').pluck().get(filter.meetingId) as
      string | undefined
    parts.push(`${F.meeting} : ${title ?? filter.meetingId}`)
  }
  if (filter.engagementId !== undefined) {
    const number = db.prepare('SELECT number FROM engagements WHERE id = ?').pluck().get(filter.engagementId) as
      number | undefined
    parts.push(t('registers.decisions.engagementLine', { number: number ?? filter.engagementId }))
  }
  if (filter.status !== undefined) parts.push(`${F.status} : ${fr.registers.decisionStatuses[filter.status]}`)
  return parts.join(' · ')
}

/**
 * The decisions register, as filtered, as a workbook or a PDF. The rows are read here; the file is
 * laid out in the export worker, so the request loop keeps answering while a long register is built.
 */
export function decisionsRegisterFile(db: Db, format: 'xlsx' | 'pdf', filter: DecisionFilter): Promise<OutgoingFile> {
  const { rows } = listDecisionRegister(db, { ...filter, limit: ALL, offset: 0 })
  const today = todayIso()
  const generated = t('registers.export.generated', { date: formatLongDate(today) })
  const filters = describeFilter(db, filter)
  return renderRegisterOffThread({
    kind: 'decisionsRegister',
    format,
    rows,
    footer: `${fr.registers.export.decisionsTitle} — ${generated}`,
    lines: [generated, ...(filters ? [t('registers.export.filtersLine', { filters })] : [])],
    fileName: `${fr.registers.export.decisionsFile}-${today}.${format}`,
  })
}

function lookUp(db: Db, sql: string, id: number): string {
  const value = db.prepare(sql).pluck().get(id) as string | undefined
  return value ?? String(id)
}

function describeActionFilter(db: Db, filter: ActionFilter): string {
  const F = fr.registers.filters
  const A = fr.registers.actions
  const parts: string[] = []
  if (filter.committeeId !== undefined) parts.push(`${F.committee} : ${lookUp(db, 'SELECT name FROM committees WHERE id = ?', filter.committeeId)}`)
  if (filter.meetingId !== undefined) parts.push(`${F.meeting} : ${lookUp(db, 'SELECT title FROM meetings WHERE id = ?', filter.meetingId)}`)
  if (filter.personId !== undefined) {
    const name = lookUp(db, "SELECT civility || ' ' || trim(first_name || ' ' || last_name) FROM people WHERE id = ?", filter.personId)
    parts.push(`${A.owner} : ${name}`)
  }
  if (filter.organisationId !== undefined) {
    parts.push(`${A.owner} : ${lookUp(db, 'SELECT name FROM organisations WHERE id = ?', filter.organisationId)}`)
  }
  if (filter.status !== undefined) parts.push(`${F.status} : ${fr.registers.actionStatuses[filter.status]}`)
  if (filter.openOnly) parts.push(A.openOnly)
  if (filter.overdueOnly) parts.push(A.overdueOnly)
  return parts.join(' · ')
}

/**
 * The actions, as filtered and in the screen's order (overdue first), as a workbook or a PDF built
 * in the export worker.
 */
export function actionsFile(db: Db, format: 'xlsx' | 'pdf', filter: ActionFilter): Promise<OutgoingFile> {
  const today = todayIso()
  const { rows } = listActions(db, { ...filter, limit: ALL, offset: 0 }, today)
  const generated = t('registers.export.generated', { date: formatLongDate(today) })
  const filters = describeActionFilter(db, filter)
  return renderRegisterOffThread({
    kind: 'actionsRegister',
    format,
    rows,
    footer: `${fr.registers.export.actionsTitle} — ${generated}`,
    lines: [generated, ...(filters ? [t('registers.export.filtersLine', { filters })] : [])],
    fileName: `${fr.registers.export.actionsFile}-${today}.${format}`,
  })
}
