import { parseArgs } from 'node:util'
import { t } from '../../../shared/i18n/translate'
import { fr } from '../../../shared/i18n/fr'
import { formatPercent } from '../../../shared/plan/bands'
import { formatLongDate } from '../../../shared/text/french-dates'
import type { PlanOverview } from '../../../shared/domain/plan'
import { planOverview } from '../../services/plan-overview'
import { AS_OF_OPTIONS, openDbArgument, parseAsOf, pickPlan } from './plan-options'

/** What `copil progress --json` prints: unrounded figures and bands of the plan, its axes and engagements. */
export function progressJson(overview: PlanOverview) {
  return {
    plan: { id: overview.plan.id, title: overview.plan.title, period: overview.plan.periodLabel },
    asOf: { date: overview.asOf.date, meetingId: overview.asOf.meeting?.id ?? null },
    percent: overview.percent,
    band: overview.band,
    axes: overview.axes.map((axis) => ({
      id: axis.id,
      position: axis.position,
      title: axis.title,
      percent: axis.percent,
      band: axis.band,
      engagements: axis.engagements.map((e) => ({
        id: e.id,
        number: e.number,
        title: e.title,
        percent: e.percent,
        band: e.band,
        source: e.source,
        date: e.date,
      })),
    })),
  }
}

const TITLE_WIDTH = 64

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`
}

function line(label: string, percent: number, band: keyof typeof fr.bands, suffix = '', indent = 0): string {
  return `${' '.repeat(indent)}${cut(label, TITLE_WIDTH - indent)}  ${formatPercent(percent).padStart(6)}  ${fr.bands[band]}${suffix}`
}

/** The readable French table of `copil progress`. */
export function progressTable(overview: PlanOverview): string {
  const c = fr.plan.cli
  const asOf = overview.asOf.date === null ? c.progressNow : c.progressAsOf.replace('{{date}}', formatLongDate(overview.asOf.date))
  const lines = [t('plan.cli.progressTitle', { title: overview.plan.title, asOf }), '']
  lines.push(line(c.planLineTotal, overview.percent, overview.band))
  for (const axis of overview.axes) {
    lines.push('', line(t('plan.cli.axisLine', { position: axis.position, title: axis.title }), axis.percent, axis.band))
    for (const e of axis.engagements) {
      const label = t('plan.cli.engagementLine', { number: e.number, title: e.title })
      lines.push(line(label, e.percent, e.band, e.source === 'declared' ? ` ${c.declared}` : '', 2))
    }
  }
  return `${lines.join('\n')}\n`
}

/** `copil progress --db FILE [--plan ID] [--as-of DATE | --as-of-meeting ID] [--json]`. */
export function progress(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, plan: { type: 'string' }, json: { type: 'boolean', default: false }, ...AS_OF_OPTIONS },
    strict: true,
  })
  const asOf = parseAsOf(values['as-of'], values['as-of-meeting'])
  const db = openDbArgument(values.db)
  if (db === undefined) return 2
  try {
    const overview = planOverview(db, pickPlan(db, values.plan), asOf)
    process.stdout.write(values.json ? `${JSON.stringify(progressJson(overview), null, 2)}\n` : progressTable(overview))
    return 0
  } finally {
    db.close()
  }
}
