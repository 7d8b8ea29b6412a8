/** Helpers for the action-plan tests: typed calls through the real dispatcher, meetings by SQL. */
import type { StartedApp } from '../../../main/bootstrap'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract'
import type { ApiErrorData } from '../../../shared/api/result'
import { foldText } from '../../../shared/text/fold'

/** Calls a channel and returns its value; throws with the French message when it fails. */
export async function call<C extends ChannelName>(app: StartedApp, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
  return result.value as ChannelOutput<C>
}

/** Calls a channel that must fail and returns its error. */
export async function refused<C extends ChannelName>(app: StartedApp, channel: C, input: ChannelInput<C>): Promise<ApiErrorData> {
  const result = await app.dispatcher.dispatch(channel, input)
  if (result.ok) throw new Error(`${channel} should have been refused`)
  return result.error
}

let committees = 0

/** A committee, written by SQL (the meetings domain owns its screens). */
export function insertCommittee(app: StartedApp, name = `Comité ${++committees}`): number {
  return Number(app.ctx.db.prepare('INSERT INTO committees (name, name_key) VALUES (?, ?)').run(name, foldText(name)).lastInsertRowid)
}

/** A meeting of a committee on the given dates, written by SQL. */
export function insertMeeting(app: StartedApp, committeeId: number, dates: string[], title = `Réunion du ${dates[0]}`): number {
  const db = app.ctx.db
  const id = Number(
    db.prepare('INSERT INTO meetings (committee_id, title, first_date) VALUES (?, ?, ?)').run(committeeId, title, dates[0] ?? null).lastInsertRowid,
  )
  dates.forEach((date, i) => db.prepare('INSERT INTO meeting_dates (meeting_id, position, date) VALUES (?, ?, ?)').run(id, i + 1, date))
  return id
}

export interface ActivitySpec {
  weight?: number
  baseline?: string
  title?: string
}

export interface BuiltPlan {
  planId: number
  axes: { id: number; engagements: { id: number; number: number; activities: number[] }[] }[]
}

/** A plan built through the channels: `shape[a][e]` lists the activities of engagement e of axis a. */
export async function buildPlan(
  app: StartedApp,
  shape: ActivitySpec[][][],
  options: { committeeId?: number | null; title?: string } = {},
): Promise<BuiltPlan> {
  const plan = await call(app, 'plans/save', {
    title: options.title ?? 'Plan d’action national 2018-2020',
    periodLabel: '2018-2020',
    committeeId: options.committeeId ?? null,
  })
  let number = 0
  const axes: BuiltPlan['axes'] = []
  for (const [a, engagements] of shape.entries()) {
    const axis = await call(app, 'axes/save', { planId: plan.id, title: `Axe ${a + 1}` })
    const built: BuiltPlan['axes'][number] = { id: axis.id, engagements: [] }
    for (const activities of engagements) {
      number += 1
      const engagement = await call(app, 'engagements/save', {
        axisId: axis.id,
        number,
        title: `Engagement ${number}`,
        responsibleText: 'Département de la réforme de l’Administration',
      })
      const ids: number[] = []
      for (const [i, spec] of activities.entries()) {
        const activity = await call(app, 'activities/save', {
          engagementId: engagement.id,
          number: i + 1,
          title: spec.title ?? `Activité ${number}.${i + 1}`,
          weight: spec.weight ?? 1,
          baselineText: spec.baseline ?? '',
        })
        ids.push(activity.id)
      }
      built.engagements.push({ id: engagement.id, number, activities: ids })
    }
    axes.push(built)
  }
  return { planId: plan.id, axes }
}
