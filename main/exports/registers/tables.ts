/** The rows of the register exports: the same columns in the workbook and the PDF. */
import type { ActionEntry, DecisionEntry } from '../../../shared/domain/registers'
import { fr } from '../../../shared/i18n/fr'
import { t } from '../../../shared/i18n/translate'
import { formatLongDate } from '../../../shared/text/french-dates'

const D = fr.registers.decisions
const A = fr.registers.actions

function committeeOf(m: { committeeName: string; committeeAcronym: string }): string {
  return m.committeeAcronym.trim() || m.committeeName
}

function dateOf(date: string | null): string {
  return date ? formatLongDate(date, { weekday: false }) : ''
}

export const DECISION_HEADERS = [
  D.number,
  D.date,
  D.committee,
  D.meeting,
  D.agendaItem,
  D.decision,
  D.status,
  D.engagements,
] as const

/** One decision as a row of texts, in DECISION_HEADERS order. */
export function decisionCells(d: DecisionEntry): string[] {
  return [
    d.number ?? D.noNumber,
    dateOf(d.meeting.date),
    committeeOf(d.meeting),
    d.meeting.title,
    d.agendaItem?.title ?? '',
    d.summary,
    fr.registers.decisionStatuses[d.status],
    d.engagements
      .map((e) => `${t('registers.decisions.engagementLine', { number: e.number })} — ${e.title}`)
      .join('\n'),
  ]
}

export const ACTION_HEADERS = [
  A.number,
  A.action,
  A.committee,
  A.meeting,
  A.owner,
  A.due,
  A.status,
  A.overdue,
  A.notes,
] as const

/** « 12 octobre 2020 — En cours : relancé (réunion du 12 octobre 2020) », one line per note. */
export function followUpLines(a: ActionEntry): string {
  return a.followUps
    .map((f) =>
      t('registers.actions.noteLine', {
        date: formatLongDate(f.date, { weekday: false }),
        status: fr.registers.actionStatuses[f.status],
        note: `${f.note ? ` : ${f.note}` : ''}${f.meeting?.date ? t('registers.actions.atMeeting', { date: formatLongDate(f.meeting.date, { weekday: false }) }) : ''}`,
      }),
    )
    .join('\n')
}

/** One action as a row, in ACTION_HEADERS order (its number within its meeting as a whole number). */
export function actionCells(a: ActionEntry): (string | number)[] {
  return [
    a.position,
    a.text,
    committeeOf(a.meeting),
    `${a.meeting.title}${a.meeting.date ? ` (${formatLongDate(a.meeting.date, { weekday: false })})` : ''}`,
    a.owner.label,
    a.due || a.dueText,
    fr.registers.actionStatuses[a.status],
    a.overdue ? A.overdueYes : '',
    followUpLines(a),
  ]
}
