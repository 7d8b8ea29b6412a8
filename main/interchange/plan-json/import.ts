/**
 * Importing an interchange file as a new plan: validated whole first (every problem named by its
 * path, in French), then written in ONE transaction — all or nothing. Organisations are matched by
 * folded name (no accents, lower case, spaces collapsed) or created on the « administration »
 * side; the committee is matched by folded name or left out; meetings are matched by date (and
 * title) and, when absent, the report or replan keeps its date without the link.
 */
import type { Db } from '../../db/connection'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { foldText } from '../../../shared/text/fold'
import type { PeriodField, PlanFile } from '../../../shared/interchange/plan-format'
import { insertActivity } from '../../db/repos/plan/activities'
import { insertAxis } from '../../db/repos/plan/axes'
import { insertEngagement } from '../../db/repos/plan/engagements'
import { findMeetingsOn } from '../../db/repos/plan/meetings'
import { storePeriod, storePeriodText, type StoredPeriod } from '../../db/repos/plan/periods'
import { committeeExists, insertPlan, listCommitteeNames, listPlans } from '../../db/repos/plan/plans'
import { insertReport } from '../../db/repos/plan/progress-reports'
import { insertReplan } from '../../db/repos/plan/replans'

export { parsePlanFile, type ParsedPlanFile } from './parse'

export interface ImportSummary {
  planId: number
  title: string
  axes: number
  engagements: number
  activities: number
  reports: number
  replans: number
  /** Names of the organisations the import created. */
  createdOrganisations: string[]
  /** Reports and replans whose meeting was not found. */
  unlinkedMeetings: number
  /** The committee named by the file when it is not in the database. */
  missingCommittee: string | null
}

/**
 * A period given in the file is kept as given (already validated); absent, the text is read, a
 * text without a year taking it from `referenceDate` (the replan's date; none for a baseline).
 */
function periodOf(field: PeriodField, referenceDate?: string): StoredPeriod {
  return field.period === undefined ? storePeriodText(field.text, referenceDate) : storePeriod(field.text.trim(), field.period)
}

/** The committee a file names, found by folded name. */
export function committeeNamed(db: Db, file: PlanFile): { id: number; name: string } | undefined {
  const name = file.plan.committee?.trim() ?? ''
  return name === '' ? undefined : listCommitteeNames(db).find((c) => foldText(c.name) === foldText(name))
}

/**
 * Writes a validated file as a new plan, all or nothing. `committeeId`, when given (null: none),
 * is the committee chosen by the user instead of the one the file names.
 */
export function importPlanFile(db: Db, file: PlanFile, options: { committeeId?: number | null } = {}): ImportSummary {
  return db.transaction((): ImportSummary => {
    const titleKey = foldText(file.plan.title)
    const same = listPlans(db).find((p) => foldText(p.title) === titleKey)
    if (same !== undefined) throw new AppError('CONFLICT', t('plan.import.duplicateTitle', { title: same.title, id: same.id }))

    const chosen = options.committeeId
    if (chosen !== undefined && chosen !== null && !committeeExists(db, chosen)) throw new AppError('NOT_FOUND', t('plan.errors.committeeNotFound'))
    const committeeName = chosen === undefined ? (file.plan.committee?.trim() ?? '') : ''
    const committee = chosen === undefined ? committeeNamed(db, file) : undefined
    const planId = insertPlan(db, { title: file.plan.title, periodLabel: file.plan.period, committeeId: chosen === undefined ? (committee?.id ?? null) : chosen })

    const axisIds = new Map<number, number>()
    for (const axis of [...file.axes].sort((a, b) => a.number - b.number)) axisIds.set(axis.number, insertAxis(db, planId, axis.title))

    const organisations = organisationResolver(db)
    const engagementIds = new Map<number, number>()
    const activityIds = new Map<string, number>()
    let activities = 0
    for (const e of file.engagements) {
      const engagementId = insertEngagement(db, {
        planId,
        axisId: axisIds.get(e.axis) as number,
        number: e.number,
        title: e.title,
        responsibleOrganisationId: organisations.resolve(e.responsible),
        responsibleText: '',
        projectLead: e.projectLead,
      })
      engagementIds.set(e.number, engagementId)
      for (const a of e.activities) {
        const id = insertActivity(db, { engagementId, number: a.number, title: a.title, weight: a.weight, baseline: periodOf(a.baseline) })
        activityIds.set(`${e.number}/${a.number}`, id)
        activities += 1
      }
    }

    const meetings = meetingResolver(db)
    // In file order: row ids then follow the recording order, which breaks ties between same-day reports.
    for (const r of file.progress) {
      insertReport(db, {
        activityId: r.activity === undefined ? null : (activityIds.get(`${r.engagement}/${r.activity}`) as number),
        engagementId: r.activity === undefined ? (engagementIds.get(r.engagement) as number) : null,
        meetingId: meetings.resolve(r.meeting),
        date: r.date,
        percent: r.percent,
        narrative: r.narrative,
        difficulties: r.difficulties,
        replanning: r.replanning,
      })
    }
    for (const r of file.replans) {
      insertReplan(db, {
        activityId: activityIds.get(`${r.engagement}/${r.activity}`) as number,
        meetingId: meetings.resolve(r.meeting),
        date: r.date,
        previous: periodOf(r.previous, r.date),
        next: periodOf(r.new, r.date),
        reason: r.reason,
        kind: r.kind,
      })
    }

    return {
      planId,
      title: file.plan.title,
      axes: file.axes.length,
      engagements: file.engagements.length,
      activities,
      reports: file.progress.length,
      replans: file.replans.length,
      createdOrganisations: organisations.created,
      unlinkedMeetings: meetings.unlinked(),
      missingCommittee: committeeName !== '' && committee === undefined ? committeeName : null,
    }
  })()
}

/** The organisations of the directory by folded name and by stored key. */
function organisationKeys(db: Db): Map<string, number> {
  const byKey = new Map<string, number>()
  for (const row of db.prepare('SELECT id, name, name_key FROM organisations').all() as { id: number; name: string; name_key: string }[]) {
    byKey.set(foldText(row.name), row.id)
    byKey.set(row.name_key, row.id)
  }
  return byKey
}

/** The responsible organisations a file names that importing it would create (reads only). */
export function organisationsToCreate(db: Db, file: PlanFile): string[] {
  const known = organisationKeys(db)
  const created = new Map<string, string>()
  for (const e of file.engagements) {
    const clean = e.responsible.trim().replace(/\s+/g, ' ')
    const key = foldText(clean)
    if (clean !== '' && !known.has(key) && !created.has(key)) created.set(key, clean)
  }
  return [...created.values()]
}

/** Finds organisations by folded name, creating missing ones on the administration side. */
function organisationResolver(db: Db): { resolve(name: string): number | null; created: string[] } {
  const byKey = organisationKeys(db)
  const insert = db.prepare("INSERT INTO organisations (name, name_key, side) VALUES (?, ?, 'administration')")
  const created: string[] = []
  return {
    created,
    resolve(name) {
      const clean = name.trim().replace(/\s+/g, ' ')
      if (clean === '') return null
      const key = foldText(clean)
      const known = byKey.get(key)
      if (known !== undefined) return known
      const id = Number(insert.run(clean, key).lastInsertRowid)
      byKey.set(key, id)
      created.push(clean)
      return id
    },
  }
}

/** Finds a report's meeting by date, then by folded title when several meetings share the date. */
function meetingResolver(db: Db): { resolve(ref: { date: string; title?: string | undefined } | null | undefined): number | null; unlinked(): number } {
  const cache = new Map<string, number | null>()
  let missing = 0
  return {
    resolve(ref) {
      if (ref === null || ref === undefined) return null
      const key = `${ref.date}\u0000${ref.title ?? ''}`
      if (!cache.has(key)) {
        const candidates = findMeetingsOn(db, ref.date)
        const titled = ref.title ? candidates.filter((m) => foldText(m.title) === foldText(ref.title ?? '')) : []
        const pick = titled.length === 1 ? titled[0] : candidates.length === 1 ? candidates[0] : undefined
        cache.set(key, pick?.id ?? null)
      }
      const id = cache.get(key) ?? null
      if (id === null) missing += 1
      return id
    },
    unlinked: () => missing,
  }
}
