/**
 * Loads the built-in example through the dispatcher, call by call, exactly as the interface would
 * enter it: every record goes through its channel's validation and its service, so the example
 * stays valid as the schema and the rules evolve (a data file, not an SQL dump).
 *
 * Why no single transaction: the dispatcher's calls are asynchronous, and better-sqlite3's
 * transactions cannot span an `await`. A hand-written BEGIN … COMMIT around them would also take
 * in any call another window makes meanwhile, and roll it back on failure. Instead the example is
 * loaded only into an empty database, and a failure empties it again: before and after a failed
 * load the database holds nothing, as the user left it.
 */
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/contract'
import type { Result } from '../../shared/api/result'
import { t } from '../../shared/i18n/translate'
import type { Db } from '../db/connection'
import { AppError } from '../errors'
import { spreadEngagementProgress } from './activity-progress'
import { copil20200715 } from './copil-2020-07-15'
import { clearDatabaseContent, isDatabaseEmpty } from './database-state'
import { pauseHistory } from '../db/history/session'
import type { DemoExample, DemoMeeting } from './types'

/** Anything that dispatches calls like the app's dispatcher (it, or `ctx.dispatch`). */
export interface DemoDispatcher {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>
}

export interface DemoLoaded {
  meetingId: number
  planId: number
  committeeId: number
}

/** Calls one channel; a refusal stops the load with the channel's French message. */
async function call<C extends ChannelName>(
  dispatcher: DemoDispatcher,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await dispatcher.dispatch(channel, input)
  if (!result.ok) {
    throw new AppError(result.error.code, t('welcome.demo.loadFailed', { channel, message: result.error.message }))
  }
  return result.value as ChannelOutput<C>
}

function lookup(ids: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = ids.get(key)
  // The example refers to itself by keys; a wrong key is a mistake in the data file, not user input.
  if (id === undefined) throw new Error(`Exemple : ${what} « ${key} » inconnu(e)`)
  return id
}

async function loadDirectory(d: DemoDispatcher, example: DemoExample) {
  const organisations = new Map<string, number>()
  for (const o of example.organisations) {
    const saved = await call(d, 'organisations/save', { name: o.name, acronym: o.acronym, side: o.side })
    organisations.set(o.key, saved.id)
  }
  const people = new Map<string, number>()
  for (const p of example.people) {
    const saved = await call(d, 'people/save', {
      civility: p.civility,
      firstName: p.firstName,
      lastName: p.lastName,
      function: p.function ?? '',
      organisationId: lookup(organisations, p.organisation, 'organisation'),
    })
    people.set(p.key, saved.id)
  }
  const committee = await call(d, 'committees/save', {
    name: example.committee.name,
    acronym: example.committee.acronym,
  })
  for (const p of example.people) {
    await call(d, 'memberships/save', {
      committeeId: committee.id,
      personId: lookup(people, p.key, 'personne'),
      role: p.role,
    })
  }
  return { organisations, people, committeeId: committee.id }
}

/** Engagement number → its id and its activities' ids by number. */
type PlanIds = Map<number, { id: number; activities: Map<number, number> }>

async function loadPlan(
  d: DemoDispatcher,
  example: DemoExample,
  committeeId: number,
  organisations: Map<string, number>,
) {
  const plan = await call(d, 'plans/save', {
    title: example.plan.title,
    periodLabel: example.plan.periodLabel,
    committeeId,
  })
  const engagements: PlanIds = new Map()
  for (const axis of example.plan.axes) {
    const savedAxis = await call(d, 'axes/save', { planId: plan.id, title: axis.title })
    for (const e of axis.engagements) {
      const saved = await call(d, 'engagements/save', {
        axisId: savedAxis.id,
        number: e.number,
        title: e.title,
        responsibleOrganisationId: e.responsibleOrganisation
          ? lookup(organisations, e.responsibleOrganisation, 'organisation')
          : null,
        responsibleText: e.responsible,
      })
      const activities = new Map<number, number>()
      for (const a of e.activities) {
        const activity = await call(d, 'activities/save', {
          engagementId: saved.id,
          number: a.number,
          title: a.title,
          baselineText: a.baseline ?? '',
        })
        activities.set(a.number, activity.id)
      }
      engagements.set(e.number, { id: saved.id, activities })
    }
  }
  return { planId: plan.id, engagements }
}

function header(m: DemoMeeting, status: DemoMeeting['status']) {
  return {
    title: m.title,
    kind: m.kind,
    mode: m.mode,
    place: m.place,
    videoTool: m.videoTool,
    notes: '',
    status,
    dates: [{ date: m.date, startTime: null, endTime: null }],
  }
}

async function loadMinutes(d: DemoDispatcher, m: DemoMeeting, committeeId: number, people: Map<string, number>) {
  // Created with the status it had on paper (« adopté » there, not adopted in Copil: no lock, no
  // version); a later change of status goes through the relevé's lifecycle only.
  const meeting = await call(d, 'meetings/create', { committeeId, header: header(m, m.status) })
  for (const key of m.present) {
    await call(d, 'attendance/set', {
      meetingId: meeting.id,
      personId: lookup(people, key, 'personne'),
      status: 'present',
    })
  }
  for (const a of m.agenda) {
    const saved = await call(d, 'agenda/save', {
      meetingId: meeting.id,
      title: a.title,
      discussion: a.discussion,
      ...(a.decisionsHeading ? { decisionsHeading: a.decisionsHeading } : {}),
    })
    for (const decision of a.decisions) {
      const { text, note } = typeof decision === 'string' ? { text: decision, note: false } : decision
      await call(d, 'decisions/save', { meetingId: meeting.id, agendaItemId: saved.id, text, note })
    }
  }
  for (const s of m.nextSteps) {
    await call(d, 'nextSteps/save', {
      meetingId: meeting.id,
      text: s.text,
      dueText: s.dueText,
      responsibleText: s.responsible,
    })
  }
  return meeting.id
}

async function loadProgress(d: DemoDispatcher, m: DemoMeeting, meetingId: number, engagements: PlanIds) {
  for (const row of m.progress) {
    const engagement = engagements.get(row.engagement)
    if (!engagement) throw new Error(`Exemple : engagement ${row.engagement} absent du plan`)
    // The activities' figures first: the engagement's own figure, recorded after them, is the
    // meeting's latest word on the engagement and stands; the activities agree with it.
    const behind = new Set(row.replanning.flatMap((line) => line.replans ?? []).map((r) => r.activity))
    const figures = spreadEngagementProgress(
      row.percent,
      [...engagement.activities.keys()].map((number) => ({ number, behind: behind.has(number) })),
    )
    for (const [number, percent] of figures) {
      const activityId = engagement.activities.get(number)
      if (activityId !== undefined) await call(d, 'progress/report', { activityId, meetingId, percent })
    }
    await call(d, 'meetingPlan/saveEngagement', {
      meetingId,
      engagementId: engagement.id,
      percent: row.percent,
      narrative: row.narrative.join('\n'),
      replanning: row.replanning.map((line) => line.text).join('\n'),
    })
    for (const replan of row.replanning.flatMap((line) => line.replans ?? [])) {
      const activityId = engagement.activities.get(replan.activity)
      if (activityId === undefined)
        throw new Error(`Exemple : activité ${replan.activity} absente de l’engagement ${row.engagement}`)
      await call(d, 'meetingPlan/replanActivity', {
        meetingId,
        activityId,
        text: replan.newText,
        kind: replan.kind,
        reason: replan.reason ?? '',
      })
    }
  }
}

/**
 * Enters the example through the dispatcher: directory, committee, plan, then the meeting with its
 * minutes and engagement table. Throws an AppError naming the channel at the first refusal.
 */
export async function loadDemo(dispatcher: DemoDispatcher, example: DemoExample = copil20200715): Promise<DemoLoaded> {
  const { organisations, people, committeeId } = await loadDirectory(dispatcher, example)
  const { planId, engagements } = await loadPlan(dispatcher, example, committeeId, organisations)
  const meetingId = await loadMinutes(dispatcher, example.meeting, committeeId, people)
  await loadProgress(dispatcher, example.meeting, meetingId, engagements)
  return { meetingId, planId, committeeId }
}

let loading = false

/**
 * Loads the example into an empty database only (CONFLICT otherwise, or while a load is running),
 * and empties the database again if any call fails, so that nothing half-loaded stays behind.
 */
export async function loadDemoIntoEmptyDatabase(db: () => Db, dispatcher: DemoDispatcher): Promise<DemoLoaded> {
  if (loading) throw new AppError('CONFLICT', t('welcome.demo.busy'))
  if (!isDatabaseEmpty(db())) throw new AppError('CONFLICT', t('welcome.demo.notEmpty'))
  loading = true
  // The example is not anyone's change: it starts with an empty « Historique ».
  const resumeHistory = pauseHistory(db())
  try {
    return await loadDemo(dispatcher)
  } catch (error) {
    try {
      clearDatabaseContent(db())
    } catch (cleanup) {
      // The user must hear about the first failure; this one only goes to the log.
      console.error('[copil] demo: emptying the database after a failed load also failed:', cleanup)
    }
    throw error
  } finally {
    resumeHistory()
    loading = false
  }
}
